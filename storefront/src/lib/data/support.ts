import "server-only"
import { cookies } from "next/headers"
import { MEDUSA_BACKEND_URL, sdk } from "../config"
import type { ChatMessage } from "../util/chat-messages"
import { getAuthHeaders } from "./cookies"

/**
 * Support conversations (plugins/support) for the chat widget and Account → Hỗ trợ. The
 * customer's login stays in its httpOnly cookie: the browser talks to the storefront's
 * `/api/chat/*` route handlers, which call Medusa with it. A guest's chat token and
 * conversation id are httpOnly cookies too; the socket gets a token from `/api/chat/token`.
 */
export const GUEST_TOKEN_COOKIE = "tl_chat_guest"
export const GUEST_CONVERSATION_COOKIE = "tl_chat_conversation"

export type Conversation = {
  id: string
  kind: "chat" | "ticket"
  subject: string
  status: "open" | "pending" | "resolved" | "closed"
  order_id: string | null
  last_message_at: string | null
  last_message_by: string | null
  customer_read_at: string | null
  staff_read_at: string | null
  created_at: string
  messages?: ChatMessage[]
}

export type ChatIdentity = { type: "customer"; headers: Record<string, string> } | { type: "guest"; token: string } | { type: "none" }

const guestCookieOptions = (maxAge: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: process.env.NODE_ENV === "production",
  path: "/",
  maxAge,
})

/** Who is chatting: a logged-in customer first, then a guest with a chat token, else nobody yet. */
export async function chatIdentity(): Promise<ChatIdentity> {
  const auth = await getAuthHeaders()
  if ("authorization" in auth) return { type: "customer", headers: auth }
  const token = (await cookies()).get(GUEST_TOKEN_COOKIE)?.value
  return token ? { type: "guest", token } : { type: "none" }
}

const withLocale = (locale: string, headers: Record<string, string> = {}) => ({ ...headers, "accept-language": locale })

/** A new guest chat identity, kept in httpOnly cookies until it expires. */
export async function startGuest(locale: string): Promise<string> {
  const { token, expires_at } = await sdk.client.fetch<{ token: string; expires_at: string }>("/store/support/guest-token", {
    method: "POST",
    headers: withLocale(locale),
  })
  const seconds = Math.max(60, Math.floor((new Date(expires_at).getTime() - Date.now()) / 1000))
  ;(await cookies()).set(GUEST_TOKEN_COOKIE, token, guestCookieOptions(seconds))
  return token
}

export async function rememberGuestConversation(id: string) {
  ;(await cookies()).set(GUEST_CONVERSATION_COOKIE, id, guestCookieOptions(2 * 60 * 60))
}

export async function forgetGuest() {
  const jar = await cookies()
  jar.delete(GUEST_TOKEN_COOKIE)
  jar.delete(GUEST_CONVERSATION_COOKIE)
}

export async function listCustomerConversations(locale: string): Promise<Conversation[] | null> {
  const auth = await getAuthHeaders()
  if (!("authorization" in auth)) return null
  const { conversations } = await sdk.client.fetch<{ conversations: Conversation[] }>("/store/support/conversations", {
    headers: withLocale(locale, auth),
    cache: "no-store",
  })
  return conversations
}

/** One conversation with its messages, for whoever is asking; undefined when it is not theirs. */
export async function getConversation(identity: ChatIdentity, id: string, locale: string): Promise<Conversation | undefined> {
  if (identity.type === "none") return undefined
  const path =
    identity.type === "customer" ? `/store/support/conversations/${encodeURIComponent(id)}` : `/store/support/guest/conversations/${encodeURIComponent(id)}`
  const headers = identity.type === "customer" ? withLocale(locale, identity.headers) : withLocale(locale, { "x-guest-token": identity.token })
  try {
    const { conversation } = await sdk.client.fetch<{ conversation: Conversation }>(path, { headers, cache: "no-store" })
    return conversation
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404 || status === 401) return undefined
    throw error
  }
}

/** The guest's current chat (from its cookie), when the token still opens it. */
export async function guestConversationId(): Promise<string | undefined> {
  return (await cookies()).get(GUEST_CONVERSATION_COOKIE)?.value
}

/**
 * After logging in, the chats a visitor began as a guest become the customer's
 * (`POST /store/support/conversations/claim`); the guest cookies go.
 */
export async function claimGuestChats(locale: string): Promise<string[]> {
  const jar = await cookies()
  const guestToken = jar.get(GUEST_TOKEN_COOKIE)?.value
  const auth = await getAuthHeaders()
  if (!guestToken || !("authorization" in auth)) return []
  try {
    const { conversation_ids } = await sdk.client.fetch<{ conversation_ids: string[] }>("/store/support/conversations/claim", {
      method: "POST",
      headers: withLocale(locale, auth),
      body: { guest_token: guestToken },
    })
    return conversation_ids
  } catch (error) {
    // An expired guest token opens nothing any more; there is nothing to carry over.
    if ((error as { status?: number }).status !== 400) throw error
    return []
  } finally {
    await forgetGuest()
  }
}

/** A short-lived token the browser's socket may hold: the guest's own chat token, or one minted for the customer. */
export async function realtimeToken(identity: ChatIdentity, locale: string): Promise<string | undefined> {
  if (identity.type === "guest") return identity.token
  if (identity.type === "none") return undefined
  const { token } = await sdk.client.fetch<{ token: string }>("/store/support/realtime-token", {
    method: "POST",
    headers: withLocale(locale, identity.headers),
  })
  return token
}

export async function startConversation(
  identity: ChatIdentity,
  input: { body: string; subject: string; name?: string; email?: string; kind?: "chat" | "ticket"; order_id?: string },
  locale: string
): Promise<Conversation> {
  if (identity.type === "customer") {
    const { conversation } = await sdk.client.fetch<{ conversation: Conversation }>("/store/support/conversations", {
      method: "POST",
      headers: withLocale(locale, identity.headers),
      body: { kind: input.kind ?? "chat", subject: input.subject, body: input.body, ...(input.order_id ? { order_id: input.order_id } : {}) },
    })
    return conversation
  }
  if (identity.type !== "guest") throw new Error("a guest chat needs a guest token first")
  const { conversation } = await sdk.client.fetch<{ conversation: Conversation }>("/store/support/guest/conversations", {
    method: "POST",
    headers: withLocale(locale, { "x-guest-token": identity.token }),
    body: { subject: input.subject, body: input.body, ...(input.name ? { name: input.name } : {}), ...(input.email ? { email: input.email } : {}) },
  })
  return conversation
}

export async function postMessage(identity: ChatIdentity, conversationId: string, body: string, locale: string): Promise<ChatMessage> {
  if (identity.type === "none") throw new Error("no chat identity")
  const path =
    identity.type === "customer"
      ? `/store/support/conversations/${encodeURIComponent(conversationId)}/messages`
      : `/store/support/guest/conversations/${encodeURIComponent(conversationId)}/messages`
  const headers = identity.type === "customer" ? withLocale(locale, identity.headers) : withLocale(locale, { "x-guest-token": identity.token })
  const { message } = await sdk.client.fetch<{ message: ChatMessage }>(path, { method: "POST", headers, body: { body } })
  return message
}

/** The customer has read the conversation (staff see the receipt); guests have no such route. */
export async function markRead(identity: ChatIdentity, conversationId: string, locale: string) {
  if (identity.type !== "customer") return
  await sdk.client.fetch(`/store/support/conversations/${encodeURIComponent(conversationId)}/read`, {
    method: "POST",
    headers: withLocale(locale, identity.headers),
  })
}

/**
 * Uploads image/PDF attachments to a customer's conversation: multipart straight to Medusa
 * (the js-sdk would JSON-encode the body). Answers Medusa's status and JSON.
 */
export async function uploadAttachments(identity: ChatIdentity, conversationId: string, form: FormData, locale: string) {
  if (identity.type !== "customer") return { status: 401, data: { message: "login required" } }
  const response = await fetch(`${MEDUSA_BACKEND_URL}/store/support/conversations/${encodeURIComponent(conversationId)}/attachments`, {
    method: "POST",
    headers: {
      ...identity.headers,
      "accept-language": locale,
      "x-publishable-api-key": process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY ?? "",
    },
    body: form,
    cache: "no-store",
  })
  return { status: response.status, data: (await response.json().catch(() => ({}))) as { message?: ChatMessage | string } }
}

/** A signed attachment link (`/support/conversations/…?expires&signature`) read through the storefront. */
export async function fetchSignedAttachment(signedPath: string) {
  if (!/^\/support\/conversations\/[A-Za-z0-9_]+\/attachments\/[A-Za-z0-9_]+\?expires=\d+&signature=[A-Za-z0-9_-]+$/.test(signedPath)) return undefined
  return fetch(`${MEDUSA_BACKEND_URL}${signedPath}`, { cache: "no-store" })
}
