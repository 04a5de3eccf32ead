import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Actor } from "@tailoc/realtime-contract"
import CannedReply from "./models/canned-reply"
import Conversation from "./models/conversation"
import InAppNotification from "./models/in-app-notification"
import Message from "./models/message"
import { registerConversationRooms } from "./realtime"
import { containsPattern } from "./utils/like-pattern"
import { publicAttachments, type StoredAttachment } from "./utils/attachments"

export const MAX_MESSAGE_LENGTH = 5000

export type MessageAuthor = { type: "customer" | "guest" | "staff" | "system"; id?: string | null }

export type PostMessageInput = {
  conversation_id: string
  author: MessageAuthor
  body: string
  is_internal?: boolean
  attachments?: StoredAttachment[]
}

/** A notice about one resource, to be coalesced with the recipient's unread notice about it. */
export type CoalescedNotificationInput = {
  recipient_type: "customer" | "user"
  recipient_id: string
  type: string
  resource_id: string
  title: string
  body?: string | null
  link?: string | null
}

const NOTIFICATION_COLUMNS = ["recipient_type", "recipient_id", "type", "resource_id", "title", "body", "link"] as const

class SupportModuleService extends MedusaService({
  SupportConversation: Conversation,
  SupportMessage: Message,
  InAppNotification,
  SupportCannedReply: CannedReply,
}) {
  __hooks = {
    // Every module is loaded by now, so the realtime module (when installed) can be found.
    onApplicationStart: async () => registerConversationRooms(this),
  }

  /** Staff see every conversation; a customer or a guest only their own. */
  async canAccessConversation(actor: Actor, conversationId: string): Promise<boolean> {
    if (actor.type === "user") {
      return (await this.listSupportConversations({ id: conversationId }, { select: ["id"] })).length > 0
    }
    const owner = actor.type === "customer" ? { customer_id: actor.id } : { guest_id: actor.id }
    return (await this.listSupportConversations({ id: conversationId, ...owner }, { select: ["id"] })).length > 0
  }

  /**
   * Messages from the customer (or guest) that staff have not read yet, per conversation:
   * those after staff_read_at. One grouped query for a whole inbox page.
   */
  @InjectManager()
  async countUnreadByStaff(conversationIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Record<string, number>> {
    if (!conversationIds.length) return {}
    const manager = sharedContext.manager as unknown as { execute: (sql: string, params: unknown[]) => Promise<{ conversation_id: string; unread: string }[]> }
    const rows = await manager.execute(
      `SELECT m.conversation_id, count(*) AS unread
       FROM support_message m JOIN support_conversation c ON c.id = m.conversation_id
       WHERE m.conversation_id IN (${conversationIds.map(() => "?").join(", ")})
         AND m.deleted_at IS NULL AND m.is_internal = false AND m.author_type IN ('customer', 'guest')
         AND (c.staff_read_at IS NULL OR m.created_at > c.staff_read_at)
       GROUP BY m.conversation_id`,
      conversationIds
    )
    return Object.fromEntries(rows.map((row) => [row.conversation_id, Number(row.unread)]))
  }

  /**
   * Conversations, newest first, whose subject, guest name or e-mail, or any message (internal
   * notes included: only staff search) contains `text`, or that belong to one of `customerIds`
   * or `orderIds`. `text` is matched literally: LIKE's wildcards in it are escaped, and every
   * value is a bound parameter.
   */
  @InjectManager()
  async searchConversationIds(
    { text, customerIds = [], orderIds = [], limit }: { text: string; customerIds?: string[]; orderIds?: string[]; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const manager = sharedContext.manager as unknown as { execute: (sql: string, params: unknown[]) => Promise<{ id: string }[]> }
    const pattern = containsPattern(text)
    const placeholders = (values: string[]) => values.map(() => "?").join(", ")
    const rows = await manager.execute(
      `SELECT c.id FROM support_conversation c
       WHERE c.deleted_at IS NULL AND (
         c.subject ILIKE ? OR c.guest_name ILIKE ? OR c.guest_email ILIKE ?
         ${customerIds.length ? `OR c.customer_id IN (${placeholders(customerIds)})` : ""}
         ${orderIds.length ? `OR c.order_id IN (${placeholders(orderIds)})` : ""}
         OR EXISTS (SELECT 1 FROM support_message m WHERE m.conversation_id = c.id AND m.deleted_at IS NULL AND m.body ILIKE ?)
       )
       ORDER BY c.last_message_at DESC NULLS LAST
       LIMIT ?`,
      [pattern, pattern, pattern, ...customerIds, ...orderIds, pattern, limit]
    )
    return rows.map((row) => row.id)
  }

  /**
   * Stores each notice, or, while the recipient has an unread one of the same type about the
   * same resource, updates that one (count, title, body) instead. One INSERT … ON CONFLICT
   * against a partial unique index, so concurrent subscribers in any number of processes
   * cannot add a second row. Returns each notice with `notify`: true when it is new, or when
   * the recipient was last pushed it more than `windowSeconds` ago, so a burst is pushed once.
   */
  @InjectManager()
  async upsertCoalescedNotifications(
    notifications: CoalescedNotificationInput[],
    { windowSeconds }: { windowSeconds: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<(Required<CoalescedNotificationInput> & { id: string; count: number; read_at: null; created_at: Date; updated_at: Date; notify: boolean })[]> {
    if (!notifications.length) return []
    const manager = sharedContext.manager as unknown as { execute: (sql: string, params: unknown[]) => Promise<any[]> }
    const rows = notifications.map(() => `(?, ${NOTIFICATION_COLUMNS.map(() => "?").join(", ")}, 1, now())`).join(", ")
    const params = notifications.flatMap((notification) => [
      generateEntityId(undefined, "ntf"),
      ...NOTIFICATION_COLUMNS.map((column) => notification[column] ?? null),
    ])
    return manager.execute(
      `INSERT INTO in_app_notification (id, ${NOTIFICATION_COLUMNS.join(", ")}, count, notified_at)
       VALUES ${rows}
       ON CONFLICT (recipient_type, recipient_id, type, resource_id) WHERE read_at IS NULL AND deleted_at IS NULL AND resource_id IS NOT NULL
       DO UPDATE SET
         count = in_app_notification.count + 1,
         title = excluded.title,
         body = excluded.body,
         link = excluded.link,
         updated_at = now(),
         notified_at = CASE WHEN in_app_notification.notified_at IS NULL OR in_app_notification.notified_at <= now() - ? * interval '1 second'
                            THEN now() ELSE in_app_notification.notified_at END
       RETURNING id, ${NOTIFICATION_COLUMNS.join(", ")}, count, read_at, created_at, updated_at, notified_at = now() AS notify`,
      [...params, windowSeconds]
    )
  }

  /** The recipient has seen the resource: its notices are read, and the next event starts a new one. */
  async markNotificationsRead(recipient: { type: "customer" | "user"; id: string }, resourceId: string, sharedContext?: Context) {
    await this.updateInAppNotifications(
      { selector: { recipient_type: recipient.type, recipient_id: recipient.id, resource_id: resourceId, read_at: null }, data: { read_at: new Date() } },
      sharedContext
    )
  }

  /**
   * Stores a message and moves the conversation along: a customer's message reopens it and
   * marks it as waiting for the shop; a staff reply puts it in "pending" (waiting for the
   * customer). Internal notes change neither.
   */
  @InjectTransactionManager()
  async postMessage(input: PostMessageInput, @MedusaContext() sharedContext: Context = {}) {
    const body = input.body?.trim() ?? ""
    if (!body && !input.attachments?.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A message needs some text or an attachment")
    }
    if (body.length > MAX_MESSAGE_LENGTH) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A message can be at most ${MAX_MESSAGE_LENGTH} characters (this one has ${body.length})`)
    }
    if (input.is_internal && input.author.type !== "staff") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only staff can write internal notes")
    }
    const conversation = await this.retrieveSupportConversation(input.conversation_id, {}, sharedContext)
    if (conversation.status === "closed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Conversation ${conversation.id} is closed; please open a new ticket`
      )
    }

    const [message] = await this.createSupportMessages(
      [
        {
          conversation_id: conversation.id,
          author_type: input.author.type,
          author_id: input.author.id ?? null,
          body,
          is_internal: Boolean(input.is_internal),
          attachments: input.attachments ?? null,
        } as any,
      ],
      sharedContext
    )

    if (!message.is_internal) {
      const now = new Date()
      const fromStaff = input.author.type === "staff" || input.author.type === "system"
      await this.updateSupportConversations(
        {
          id: conversation.id,
          last_message_at: now,
          last_message_by: fromStaff ? "staff" : "customer",
          status: fromStaff ? (conversation.status === "open" ? "pending" : conversation.status) : "open",
          ...(fromStaff ? { staff_read_at: now } : { customer_read_at: now }),
        } as any,
        sharedContext
      )
    }
    return message
  }

  /**
   * Messages after `afterId` (ULIDs sort by time), oldest first: what a reconnecting client
   * missed. Customers never receive internal notes.
   */
  async listMessagesAfter(
    conversationId: string,
    { afterId, includeInternal = false, limit = 200 }: { afterId?: string | null; includeInternal?: boolean; limit?: number } = {},
    sharedContext?: Context
  ) {
    const messages = await this.listSupportMessages(
      {
        conversation_id: conversationId,
        ...(afterId && { id: { $gt: afterId } }),
        ...(!includeInternal && { is_internal: false }),
      },
      { order: { id: "ASC" }, take: limit },
      sharedContext
    )
    return messages.map((message) => ({ ...message, attachments: publicAttachments(message.attachments) }))
  }

  /**
   * One attachment of a conversation, with the file key it is stored under; undefined when the
   * conversation has no such attachment (or, for customers, only in an internal note).
   */
  @InjectManager()
  async retrieveAttachment(
    conversationId: string,
    attachmentId: string,
    { includeInternal }: { includeInternal: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StoredAttachment | undefined> {
    const manager = sharedContext.manager as unknown as { execute: (sql: string, params: unknown[]) => Promise<{ attachments: StoredAttachment[] }[]> }
    const rows = await manager.execute(
      `SELECT m.attachments FROM support_message m
       WHERE m.conversation_id = ? AND m.deleted_at IS NULL AND (? OR m.is_internal = false)
         AND m.attachments @> CAST(? AS jsonb)
       LIMIT 1`,
      [conversationId, includeInternal, JSON.stringify([{ id: attachmentId }])]
    )
    return rows[0]?.attachments.find((attachment) => attachment.id === attachmentId)
  }
}

export default SupportModuleService
