import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { Rooms, ServerEvents } from "@tailoc/realtime-contract"
import { supportLimitSettings } from "../lib/limits"
import { SUPPORT_MODULE } from "../modules/support"
import { messagePayload, realtimeOf } from "../modules/support/realtime"
import type SupportModuleService from "../modules/support/service"

/**
 * A stored message goes out as message:new with its id: to the conversation's room, or to
 * its staff room only for an internal note. A customer's message also notifies the
 * assignee, or every member of staff while nobody is assigned (coalesced per conversation);
 * a staff reply to a customer who is not connected goes to them by e-mail.
 */
export default async function deliverSupportMessage({ event, container }: SubscriberArgs<{ id: string; conversation_id: string; opens_conversation?: boolean }>) {
  const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
  const realtime = realtimeOf(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [message] = await support.listSupportMessages({ id: event.data.id })
  if (!message) return logger.warn(`[support] message ${event.data.id} vanished before delivery`)
  const conversation = await support.retrieveSupportConversation(event.data.conversation_id)

  const room = message.is_internal ? Rooms.conversationStaff(conversation.id) : Rooms.conversation(conversation.id)
  await realtime?.emit(room, ServerEvents.messageNew, messagePayload(message, conversation.id))

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (message.author_type === "staff") {
    if (message.is_internal || !conversation.customer_id || (await realtime?.isOnline(Rooms.customer(conversation.customer_id)))) return
    const { data: customers } = await query.graph({ entity: "customer", fields: ["email", "first_name"], filters: { id: conversation.customer_id } })
    if (!customers[0]?.email) return
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: customers[0].email,
      channel: "email",
      template: "support-reply",
      trigger_type: "support.message.created",
      resource_id: conversation.id,
      resource_type: "support_conversation",
      idempotency_key: `support-reply:${message.id}`,
      data: { subject: conversation.subject, body: message.body, conversation_id: conversation.id, customer_name: customers[0].first_name },
    })
    return
  }
  if (message.author_type !== "customer" && message.author_type !== "guest") return
  const recipients = conversation.assignee_id
    ? [conversation.assignee_id]
    : (await query.graph({ entity: "user", fields: ["id"] })).data.map((user: { id: string }) => user.id)
  // One notice per member of staff for opening the conversation, and one for what follows,
  // updated in place while unread: a burst of messages is one notice, pushed once per window.
  const opening = Boolean(event.data.opens_conversation)
  const notifications = await support.upsertCoalescedNotifications(
    recipients.map((userId) => ({
      recipient_type: "user" as const,
      recipient_id: userId,
      type: opening ? "support.conversation" : "support.message",
      resource_id: conversation.id,
      title: `${opening ? "Cuộc trò chuyện mới" : "Tin nhắn mới"}: ${conversation.subject}`,
      body: message.body.slice(0, 200),
      link: `/app/support?conversation=${conversation.id}`,
    })),
    { windowSeconds: supportLimitSettings().notificationWindowSeconds }
  )
  for (const { notify, ...notification } of notifications) {
    if (notify) await realtime?.emit(Rooms.user(notification.recipient_id), ServerEvents.notificationNew, notification)
  }
}

export const config: SubscriberConfig = { event: "support.message.created" }
