/**
 * The one list of a conversation's kinds, statuses and priorities, with the Vietnamese names
 * staff read: the model, the validators, the API's messages, the inbox and the widgets all
 * import it, so a new status cannot be shown as a raw code somewhere.
 */
export const CONVERSATION_KINDS = ["chat", "ticket"] as const
export const CONVERSATION_STATUSES = ["open", "pending", "resolved", "closed"] as const
export const CONVERSATION_PRIORITIES = ["low", "normal", "high", "urgent"] as const

export type ConversationKind = (typeof CONVERSATION_KINDS)[number]
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number]
export type ConversationPriority = (typeof CONVERSATION_PRIORITIES)[number]

export const KIND_LABELS: Record<ConversationKind, string> = {
  chat: "Trò chuyện",
  ticket: "Yêu cầu hỗ trợ",
}

export const STATUS_LABELS: Record<ConversationStatus, string> = {
  open: "Chờ xử lý",
  pending: "Chờ khách phản hồi",
  resolved: "Đã giải quyết",
  closed: "Đã đóng",
}

export const PRIORITY_LABELS: Record<ConversationPriority, string> = {
  low: "Thấp",
  normal: "Bình thường",
  high: "Cao",
  urgent: "Khẩn cấp",
}

export const STATUS_COLORS: Record<ConversationStatus, "orange" | "blue" | "green" | "grey"> = {
  open: "orange",
  pending: "blue",
  resolved: "green",
  closed: "grey",
}

export const PRIORITY_COLORS: Record<ConversationPriority, "grey" | "blue" | "orange" | "red"> = {
  low: "grey",
  normal: "blue",
  high: "orange",
  urgent: "red",
}

/** "open (Chờ xử lý), pending (…)": the accepted codes with their names, for validation messages. */
export const describeChoices = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([code, label]) => `${code} (${label})`)
    .join(", ")

const isKnown = <T extends string>(labels: Record<T, string>, code: string): code is T => Object.prototype.hasOwnProperty.call(labels, code)

/** The Vietnamese name of a code, or the code itself for one this build does not know. */
export const statusLabel = (status: string) => (isKnown(STATUS_LABELS, status) ? STATUS_LABELS[status] : status)
export const priorityLabel = (priority: string) => (isKnown(PRIORITY_LABELS, priority) ? PRIORITY_LABELS[priority] : priority)
export const kindLabel = (kind: string) => (isKnown(KIND_LABELS, kind) ? KIND_LABELS[kind] : kind)
