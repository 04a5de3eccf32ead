import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { withAttachmentLinks } from "./attachment-access"

export const CONVERSATION_FIELDS = [
  "id",
  "kind",
  "subject",
  "status",
  "priority",
  "order_id",
  "customer_id",
  "assignee_id",
  "last_message_at",
  "last_message_by",
  "customer_read_at",
  "staff_read_at",
  "created_at",
]

/** What staff see of a conversation: who wrote (customer or guest), the order, who handles it. */
export const ADMIN_CONVERSATION_FIELDS = [
  ...CONVERSATION_FIELDS,
  "guest_name",
  "guest_email",
  "customer.id",
  "customer.first_name",
  "customer.last_name",
  "customer.email",
  "customer.phone",
  "order.id",
  "order.display_id",
  "user.id",
  "user.first_name",
  "user.last_name",
  "user.email",
]

/** One conversation with its messages; customers get no internal notes, everyone gets attachment links for their side. */
export async function conversationWithMessages(
  scope: MedusaContainer,
  filters: Record<string, unknown>,
  { staff }: { staff: boolean }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "support_conversation", fields: staff ? ADMIN_CONVERSATION_FIELDS : CONVERSATION_FIELDS, filters })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Conversation ${String(filters.id ?? "")} was not found`)
  const support: SupportModuleService = scope.resolve(SUPPORT_MODULE)
  const messages = await support.listMessagesAfter(data[0].id, { includeInternal: staff, limit: 500 })
  const audience = staff ? "admin" : "store"
  return {
    ...data[0],
    messages: messages.map((message) => ({ ...message, attachments: withAttachmentLinks(scope, data[0].id, message.attachments, audience) })),
  }
}
