import { useQuery, useQueryClient } from "@tanstack/react-query"
import type { ConversationKind, ConversationPriority, ConversationStatus } from "../../modules/support/status"
import type { Attachment } from "../components/message-attachments"
import { sdk } from "./client"

export type Person = { id: string; first_name: string | null; last_name: string | null; email: string | null; phone?: string | null }

export type Message = { id: string; author_type: string; body: string; is_internal: boolean; created_at: string; attachments?: Attachment[] | null }

export type Conversation = {
  id: string
  kind: ConversationKind
  subject: string
  status: ConversationStatus
  priority: ConversationPriority
  assignee_id: string | null
  customer_id: string | null
  order_id: string | null
  guest_name: string | null
  guest_email: string | null
  last_message_at: string | null
  last_message_by: "customer" | "staff" | null
  staff_read_at: string | null
  customer?: Person | null
  order?: { id: string; display_id: number } | null
  user?: Person | null
  unread_count?: number
  messages?: Message[]
}

export type CannedReply = { id: string; title: string; body: string; created_by: string | null }

export const INBOX_FILTERS = {
  waiting: { label: "Chờ trả lời", query: { waiting: "true" } },
  mine: { label: "Của tôi", query: { mine: "true" } },
  unassigned: { label: "Chưa giao", query: { unassigned: "true" } },
  all: { label: "Tất cả", query: {} },
} as const
export type InboxFilter = keyof typeof INBOX_FILTERS

/**
 * A person's name the Vietnamese way, family name first: Medusa keeps the given name in
 * first_name ("An") and the family and middle names in last_name ("Nguyễn Văn").
 */
export const vietnameseName = (person?: Pick<Person, "first_name" | "last_name"> | null) =>
  [person?.last_name, person?.first_name].map((part) => part?.trim()).filter(Boolean).join(" ")

/** Who wrote in: the customer by name, else the guest's name or e-mail. */
export const authorOf = (conversation: Conversation) =>
  (conversation.customer && (vietnameseName(conversation.customer) || conversation.customer.email)) ||
  conversation.guest_name ||
  conversation.guest_email ||
  "Khách vãng lai"

export const staffName = (user?: Person | null) => (user ? vietnameseName(user) || user.email || "" : "")

export function useInbox(filter: InboxFilter, search: string) {
  const params = new URLSearchParams({ ...INBOX_FILTERS[filter].query, limit: "100" })
  // The API asks for at least 2 characters; a shorter search shows the plain list.
  if (search.trim().length >= 2) params.set("q", search.trim())
  return useQuery({
    queryKey: ["support-inbox", filter, params.get("q") ?? ""],
    queryFn: () => sdk.client.fetch<{ conversations: Conversation[]; count: number }>(`/admin/support/conversations?${params}`),
  })
}

export function useConversation(id?: string) {
  return useQuery({
    queryKey: ["support-conversation", id],
    enabled: Boolean(id),
    queryFn: () => sdk.client.fetch<{ conversation: Conversation }>(`/admin/support/conversations/${id}`),
  })
}

/** Assigns, changes status or priority, then refreshes the thread and the list. */
export function useUpdateConversation(id?: string) {
  const client = useQueryClient()
  return async (body: { assignee_id?: string | null; status?: ConversationStatus; priority?: ConversationPriority }) => {
    await sdk.client.fetch(`/admin/support/conversations/${id}`, { method: "POST", body })
    await Promise.all([
      client.invalidateQueries({ queryKey: ["support-conversation", id] }),
      client.invalidateQueries({ queryKey: ["support-inbox"] }),
    ])
  }
}

export function useCurrentUser() {
  return useQuery({ queryKey: ["support-me"], queryFn: () => sdk.client.fetch<{ user: Person }>("/admin/users/me") })
}

export function useStaffUsers() {
  return useQuery({ queryKey: ["support-users"], queryFn: () => sdk.client.fetch<{ users: Person[] }>("/admin/users?limit=200") })
}

export function useCannedReplies() {
  return useQuery({
    queryKey: ["support-canned-replies"],
    queryFn: () => sdk.client.fetch<{ canned_replies: CannedReply[] }>("/admin/support/canned-replies?limit=200"),
  })
}
