import { NextResponse, type NextRequest } from "next/server"
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales"
import {
  chatIdentity,
  claimGuestChats,
  fetchSignedAttachment,
  getConversation,
  guestConversationId,
  listCustomerConversations,
  markRead,
  postMessage,
  realtimeToken,
  rememberGuestConversation,
  startConversation,
  startGuest,
  uploadAttachments,
  type ChatIdentity,
} from "@/lib/data/support"
import { parseVietnamesePhone } from "@/lib/vietnam/phone"

/**
 * The chat widget's server side (`/api/chat/<action>`): it holds the customer's login and the
 * guest's chat token in httpOnly cookies and calls Medusa with them, in the visitor's language.
 *   GET  session   who is chatting and their current chat (claims a guest's chats after login)
 *   POST start     { name, contact, body } for a guest, { body } for a customer: a new chat
 *   POST messages  { conversation_id, body }
 *   POST read      { conversation_id }
 *   POST token     a short-lived token for the socket
 *   POST attachments (multipart: conversation_id, files, body) customers only
 *   GET  file?u=   an attachment through its signed link
 */
type Params = { params: Promise<{ action: string }> }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const CHAT_SUBJECT = { vi: "Tư vấn trực tuyến", en: "Online chat" } as const

const localeOf = (value: unknown) => (isLocale(value) ? value : DEFAULT_LOCALE)

/** Medusa's answer (in the visitor's language) or a plain failure code for the widget to word. */
function failure(error: unknown) {
  const status = (error as { status?: number }).status ?? 502
  const message = error instanceof Error && status < 500 ? error.message : undefined
  if (status >= 500) console.error("storefront: chat request failed", error)
  return NextResponse.json({ error: status === 429 ? "rate_limited" : "failed", message }, { status: status >= 500 ? 502 : status })
}

async function currentChat(identity: ChatIdentity, locale: string) {
  if (identity.type === "customer") {
    const conversations = (await listCustomerConversations(locale)) ?? []
    const chat = conversations.find((conversation) => conversation.kind === "chat" && conversation.status !== "closed")
    return chat ? getConversation(identity, chat.id, locale) : undefined
  }
  if (identity.type === "guest") {
    const id = await guestConversationId()
    return id ? getConversation(identity, id, locale) : undefined
  }
  return undefined
}

export async function GET(request: NextRequest, { params }: Params) {
  const { action } = await params
  const locale = localeOf(request.nextUrl.searchParams.get("locale"))
  try {
    if (action === "session") {
      let identity = await chatIdentity()
      if (identity.type === "customer") await claimGuestChats(locale)
      identity = await chatIdentity()
      const conversation = await currentChat(identity, locale)
      return NextResponse.json({ identity: identity.type, conversation: conversation ?? null }, { headers: { "cache-control": "no-store" } })
    }
    if (action === "file") {
      const response = await fetchSignedAttachment(request.nextUrl.searchParams.get("u") ?? "")
      if (!response?.ok || !response.body) return NextResponse.json({ error: "not_found" }, { status: 404 })
      const headers = new Headers()
      for (const name of ["content-type", "content-length", "content-disposition", "x-content-type-options", "content-security-policy"]) {
        const value = response.headers.get(name)
        if (value) headers.set(name, value)
      }
      headers.set("cache-control", "private, max-age=240")
      return new Response(response.body, { status: 200, headers })
    }
  } catch (error) {
    return failure(error)
  }
  return NextResponse.json({ error: "not_found" }, { status: 404 })
}

export async function POST(request: NextRequest, { params }: Params) {
  const { action } = await params
  try {
    if (action === "attachments") {
      const form = await request.formData()
      const locale = localeOf(form.get("locale"))
      const conversationId = String(form.get("conversation_id") ?? "")
      const upload = new FormData()
      for (const file of form.getAll("files")) if (file instanceof File) upload.append("files", file, file.name)
      const caption = String(form.get("body") ?? "").trim()
      if (caption) upload.append("body", caption)
      const { status, data } = await uploadAttachments(await chatIdentity(), conversationId, upload, locale)
      if (status >= 400) return NextResponse.json({ error: "failed", message: typeof data.message === "string" ? data.message : undefined }, { status })
      return NextResponse.json(data, { status })
    }

    const input = (await request.json().catch(() => ({}))) as Record<string, unknown>
    const locale = localeOf(input.locale)
    const text = (name: string) => (typeof input[name] === "string" ? (input[name] as string).trim() : "")

    if (action === "start") {
      const body = text("body")
      if (!body) return NextResponse.json({ error: "empty" }, { status: 400 })
      let identity = await chatIdentity()
      let name: string | undefined
      let email: string | undefined
      if (identity.type !== "customer") {
        const contact = text("contact")
        name = text("name").slice(0, 80)
        const phone = parseVietnamesePhone(contact)
        if (!name) return NextResponse.json({ error: "name_required", field: "name" }, { status: 400 })
        if (EMAIL.test(contact)) email = contact
        else if (phone.ok) name = `${name} · ${phone.national}`
        else return NextResponse.json({ error: "contact_invalid", field: "contact" }, { status: 400 })
        if (identity.type === "none") identity = { type: "guest", token: await startGuest(locale) }
      }
      const conversation = await startConversation(identity, { body, subject: CHAT_SUBJECT[locale], name, email, kind: "chat" }, locale)
      if (identity.type === "guest") await rememberGuestConversation(conversation.id)
      return NextResponse.json({ identity: identity.type, conversation }, { status: 201 })
    }

    const identity = await chatIdentity()
    if (identity.type === "none") return NextResponse.json({ error: "no_chat" }, { status: 401 })

    if (action === "messages") {
      const body = text("body")
      if (!body) return NextResponse.json({ error: "empty" }, { status: 400 })
      const message = await postMessage(identity, text("conversation_id"), body, locale)
      return NextResponse.json({ message }, { status: 201 })
    }
    if (action === "read") {
      await markRead(identity, text("conversation_id"), locale)
      return NextResponse.json({ ok: true })
    }
    if (action === "token") {
      const token = await realtimeToken(identity, locale)
      return NextResponse.json({ token, actor: identity.type }, { headers: { "cache-control": "no-store" } })
    }
  } catch (error) {
    return failure(error)
  }
  return NextResponse.json({ error: "not_found" }, { status: 404 })
}
