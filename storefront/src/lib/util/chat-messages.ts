/** A chat message as the widget keeps it (the contract's MessagePayload plus attachment links). */
export type ChatAttachment = { id: string; name: string; mime_type: string; size: number; signed_url?: string; url?: string }
export type ChatMessage = {
  id: string
  conversation_id: string
  author_type: "customer" | "guest" | "staff" | "system"
  body: string
  is_internal?: boolean
  attachments: ChatAttachment[] | null
  created_at: string | Date
}

const time = (message: ChatMessage) => new Date(message.created_at).getTime()

/**
 * Messages merged by id: a message that arrives twice (live and again in a replay after a
 * reconnect) is kept once, the copy with attachment links winning; internal notes never show;
 * the result is in time order (ties by id, which Medusa generates in time order).
 */
export function mergeMessages(current: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  const byId = new Map<string, ChatMessage>()
  for (const message of [...current, ...incoming]) {
    if (message.is_internal) continue
    const known = byId.get(message.id)
    if (!known) byId.set(message.id, message)
    else {
      const hasLinks = (candidate: ChatMessage) => candidate.attachments?.some((attachment) => attachment.signed_url) ?? false
      byId.set(message.id, hasLinks(message) || !hasLinks(known) ? { ...known, ...message } : known)
    }
  }
  return [...byId.values()].sort((a, b) => time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The id to replay after on reconnect: the newest message we hold. */
export const lastMessageId = (messages: ChatMessage[]) => (messages.length ? messages[messages.length - 1].id : null)

/** Staff messages after the customer last read the conversation. */
export function unreadFromStaff(messages: ChatMessage[], readAt: string | Date | null | undefined): number {
  const since = readAt ? new Date(readAt).getTime() : -Infinity
  return messages.filter((message) => message.author_type === "staff" && time(message) > since).length
}

/** Whether staff have seen the customer's latest message (a read receipt under it). */
export function seenByStaff(messages: ChatMessage[], staffReadAt: string | Date | null | undefined): boolean {
  if (!staffReadAt) return false
  const mine = messages.filter((message) => message.author_type === "customer" || message.author_type === "guest")
  if (!mine.length) return false
  return time(mine[mine.length - 1]) <= new Date(staffReadAt).getTime()
}
