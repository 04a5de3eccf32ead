"use client"

import { ClientEvents, ServerEvents, type ConversationJoinReply, type MessagePayload, type MessageReadPayload, type TypingPayload } from "@tailoc/realtime-contract"
import { useLocale, useTranslations } from "next-intl"
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react"
import type { Socket } from "socket.io-client"
import { lastMessageId, mergeMessages, seenByStaff, unreadFromStaff, type ChatAttachment, type ChatMessage } from "@/lib/util/chat-messages"
import { formatTime } from "@/lib/util/dates"
import { isShopOpen } from "@/lib/util/opening-hours"
import { CHAT_ACTIVE_KEY } from "./chat-launcher"
import styles from "./chat.module.css"

type Conversation = {
  id: string
  status: string
  customer_read_at: string | null
  staff_read_at: string | null
  messages?: ChatMessage[]
}
type Identity = "customer" | "guest" | "none"
type Session = { identity: Identity; conversation: Conversation | null }

const REALTIME_URL = process.env.NEXT_PUBLIC_REALTIME_URL || "http://localhost:9001"
const MAX_FILE_BYTES = 10 * 1024 * 1024

async function call<T>(action: string, body: Record<string, unknown>): Promise<{ ok: true; data: T } | { ok: false; error: string; message?: string; field?: string }> {
  try {
    const response = await fetch(`/api/chat/${action}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
    const data = await response.json().catch(() => ({}))
    return response.ok ? { ok: true, data: data as T } : { ok: false, error: data.error ?? "failed", message: data.message, field: data.field }
  } catch {
    return { ok: false, error: "offline" }
  }
}

const fileLink = (attachment: ChatAttachment) => (attachment.signed_url ? `/api/chat/file?u=${encodeURIComponent(attachment.signed_url)}` : undefined)

/**
 * The chat itself: start (a guest gives a name and a phone or e-mail), history, live replies
 * over the realtime gateway, typing, read receipts, unread count, attachments for customers.
 * Messages are merged by id, so a reply delivered live and again in the replay after a
 * reconnect shows once; every (re)connect rejoins with the last id held.
 */
export default function ChatPanel({ open, onClose, onUnreadChange }: { open: boolean; onClose: () => void; onUnreadChange: (count: number) => void }) {
  const t = useTranslations("chat")
  const locale = useLocale() as "vi" | "en"
  const [session, setSession] = useState<Session | null>(null)
  const [messages, setMessages] = useState<ChatMessage[]>([])
  const [readAt, setReadAt] = useState<string | null>(null)
  const [staffReadAt, setStaffReadAt] = useState<string | null>(null)
  const [staffTyping, setStaffTyping] = useState(false)
  const [connected, setConnected] = useState(false)
  const [error, setError] = useState<{ text: string; field?: string } | null>(null)
  const [sending, setSending] = useState(false)
  const [draft, setDraft] = useState("")
  const socketRef = useRef<Socket | null>(null)
  const messagesRef = useRef<ChatMessage[]>([])
  const listRef = useRef<HTMLOListElement>(null)
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const lastTypingSent = useRef(0)
  const openRef = useRef(open)
  const conversationId = session?.conversation?.id
  const shopOpen = useMemo(() => isShopOpen(), [])

  const errorText = useCallback(
    (result: { error: string; message?: string }) => {
      if (result.message) return result.message
      const known = ["name_required", "contact_invalid", "empty", "rate_limited", "offline"] as const
      return t(`errors.${(known as readonly string[]).includes(result.error) ? (result.error as (typeof known)[number]) : "failed"}`)
    },
    [t]
  )

  const applyConversation = useCallback((conversation: Conversation | null) => {
    if (!conversation) return
    messagesRef.current = mergeMessages(messagesRef.current, conversation.messages ?? [])
    setMessages(messagesRef.current)
    setReadAt(conversation.customer_read_at)
    setStaffReadAt(conversation.staff_read_at)
  }, [])

  const refresh = useCallback(async () => {
    const response = await fetch(`/api/chat/session?locale=${locale}`, { cache: "no-store" }).catch(() => undefined)
    if (!response?.ok) return
    const data = (await response.json()) as Session
    setSession(data)
    applyConversation(data.conversation)
  }, [locale, applyConversation])

  useEffect(() => {
    void refresh()
  }, [refresh])

  // Unread: staff messages since the customer last read (locally, for guests, since they last looked).
  const unread = open ? 0 : unreadFromStaff(messages, readAt)
  useEffect(() => onUnreadChange(unread), [unread, onUnreadChange])

  const markRead = useCallback(() => {
    if (!conversationId) return
    const latest = messagesRef.current[messagesRef.current.length - 1]
    if (!latest) return
    setReadAt(new Date(Math.max(Date.now(), new Date(latest.created_at).getTime())).toISOString())
    void call("read", { conversation_id: conversationId, locale })
  }, [conversationId, locale])

  useEffect(() => {
    openRef.current = open
    if (open) markRead()
  }, [open, markRead, messages.length])

  // Scroll to the newest message.
  useEffect(() => {
    if (open) listRef.current?.lastElementChild?.scrollIntoView({ block: "end" })
  }, [open, messages.length, staffTyping])

  // The socket: once there is a conversation to follow.
  useEffect(() => {
    if (!conversationId) return
    let cancelled = false
    let socket: Socket | undefined
    void import("socket.io-client").then(({ io }) => {
      if (cancelled) return
      socket = io(REALTIME_URL, {
        transports: ["websocket", "polling"],
        // A fresh short-lived token on every (re)connect: the login itself never reaches the browser.
        auth: (cb) => {
          void call<{ token?: string }>("token", { locale }).then((result) => cb({ token: result.ok ? result.data.token : "" }))
        },
      })
      socketRef.current = socket
      socket.on("connect", () => {
        setConnected(true)
        socket!.emit(ClientEvents.conversationJoin, { conversation_id: conversationId, last_message_id: lastMessageId(messagesRef.current) }, (reply: ConversationJoinReply) => {
          if ("ok" in reply && reply.ok) {
            messagesRef.current = mergeMessages(messagesRef.current, reply.messages as ChatMessage[])
            setMessages(messagesRef.current)
          }
        })
      })
      socket.on("disconnect", () => setConnected(false))
      socket.on(ServerEvents.messageNew, (message: MessagePayload) => {
        if (message.conversation_id !== conversationId) return
        messagesRef.current = mergeMessages(messagesRef.current, [message as ChatMessage])
        setMessages(messagesRef.current)
        if (message.author_type === "staff") setStaffTyping(false)
        // Live payloads carry no attachment links; the conversation has fresh signed ones.
        if (message.attachments?.length) void refresh()
      })
      socket.on(ServerEvents.typing, (payload: TypingPayload) => {
        if (payload.conversation_id !== conversationId || payload.actor.type !== "user") return
        setStaffTyping(payload.typing)
        clearTimeout(typingTimer.current)
        if (payload.typing) typingTimer.current = setTimeout(() => setStaffTyping(false), 6000)
      })
      socket.on(ServerEvents.messageRead, (payload: MessageReadPayload) => {
        if (payload.conversation_id === conversationId && payload.reader === "staff") setStaffReadAt(new Date(payload.read_at).toISOString())
      })
    })
    return () => {
      cancelled = true
      clearTimeout(typingTimer.current)
      socket?.close()
      socketRef.current = null
    }
  }, [conversationId, locale, refresh])

  const sendTyping = () => {
    const now = Date.now()
    if (!conversationId || now - lastTypingSent.current < 2500) return
    lastTypingSent.current = now
    socketRef.current?.emit(ClientEvents.typing, { conversation_id: conversationId, typing: true })
  }

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setSending(true)
    setError(null)
    const result = await call<{ identity: Identity; conversation: Conversation }>("start", {
      name: form.get("name"),
      contact: form.get("contact"),
      body: form.get("body"),
      locale,
    })
    setSending(false)
    if (!result.ok) return setError({ text: errorText(result), field: result.field })
    try {
      window.localStorage.setItem(CHAT_ACTIVE_KEY, "1")
    } catch {
      // without storage, later pages load the chat when it is opened
    }
    setSession({ identity: result.data.identity, conversation: result.data.conversation })
    applyConversation(result.data.conversation)
  }

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const body = draft.trim()
    if (!conversationId || !body) return
    setSending(true)
    setError(null)
    const result = await call<{ message: ChatMessage }>("messages", { conversation_id: conversationId, body, locale })
    setSending(false)
    if (!result.ok) return setError({ text: errorText(result) })
    setDraft("")
    socketRef.current?.emit(ClientEvents.typing, { conversation_id: conversationId, typing: false })
    messagesRef.current = mergeMessages(messagesRef.current, [result.data.message])
    setMessages(messagesRef.current)
  }

  async function attach(files: FileList | null) {
    if (!conversationId || !files?.length) return
    const chosen = [...files]
    if (chosen.some((file) => !/^image\/(png|jpeg|webp|gif)$|^application\/pdf$/.test(file.type))) return setError({ text: t("errors.fileType") })
    if (chosen.some((file) => file.size > MAX_FILE_BYTES)) return setError({ text: t("errors.fileSize") })
    const form = new FormData()
    form.append("conversation_id", conversationId)
    form.append("locale", locale)
    for (const file of chosen) form.append("files", file, file.name)
    setSending(true)
    setError(null)
    const response = await fetch("/api/chat/attachments", { method: "POST", body: form }).catch(() => undefined)
    setSending(false)
    const data = await response?.json().catch(() => ({}))
    if (!response?.ok) return setError({ text: data?.message ?? t("errors.failed") })
    messagesRef.current = mergeMessages(messagesRef.current, [data.message as ChatMessage])
    setMessages(messagesRef.current)
  }

  const identity = session?.identity ?? "none"
  const seen = seenByStaff(messages, staffReadAt)

  return (
    <section id="chat-panel" className={styles.panel} hidden={!open} aria-labelledby="chat-title" data-testid="chat-panel">
      <header className={styles.header}>
        <div>
          <h2 id="chat-title" className={styles.title}>
            {t("title")}
          </h2>
          <p className={styles.subtitle}>
            {shopOpen ? t("openNow") : t("closedNow")}
            {conversationId ? <span className={connected ? styles.online : styles.offline}> · {connected ? t("live") : t("connecting")}</span> : null}
          </p>
        </div>
        <button type="button" className={styles.close} onClick={onClose} aria-label={t("close")}>
          ×
        </button>
      </header>

      {!shopOpen ? (
        <p className={styles.notice} data-testid="chat-after-hours">
          {t("afterHours")}
        </p>
      ) : null}

      {!session ? (
        <p className={styles.empty}>{t("loading")}</p>
      ) : !conversationId ? (
        <form className={styles.start} onSubmit={start} noValidate>
          <p className={styles.intro}>{identity === "customer" ? t("introCustomer") : t("introGuest")}</p>
          {identity !== "customer" ? (
            <>
              <label htmlFor="chat-name">{t("name")}</label>
              <input id="chat-name" name="name" autoComplete="name" required maxLength={80} aria-invalid={error?.field === "name" || undefined} />
              <label htmlFor="chat-contact">{t("contact")}</label>
              <input
                id="chat-contact"
                name="contact"
                autoComplete="email"
                required
                maxLength={120}
                aria-describedby="chat-contact-hint"
                aria-invalid={error?.field === "contact" || undefined}
              />
              <p id="chat-contact-hint" className={styles.hint}>
                {t("contactHint")}
              </p>
            </>
          ) : null}
          <label htmlFor="chat-first">{t("message")}</label>
          <textarea id="chat-first" name="body" required rows={3} maxLength={5000} />
          {error ? (
            <p role="alert" className={styles.error}>
              {error.text}
            </p>
          ) : null}
          <button type="submit" className="button" disabled={sending}>
            {t("start")}
          </button>
        </form>
      ) : (
        <>
          <ol ref={listRef} className={styles.messages} aria-live="polite" aria-label={t("history")} data-testid="chat-messages">
            {messages.map((message) => {
              const mine = message.author_type === "customer" || message.author_type === "guest"
              return (
                <li key={message.id} className={mine ? styles.mine : styles.theirs} data-testid="chat-message" data-author={message.author_type}>
                  <span className="visually-hidden">{mine ? t("you") : t("shop")}: </span>
                  {message.body ? <p className={styles.body}>{message.body}</p> : null}
                  {message.attachments?.map((attachment) => {
                    const href = fileLink(attachment)
                    if (!href) return <span key={attachment.id} className={styles.file}>{attachment.name}</span>
                    return attachment.mime_type.startsWith("image/") ? (
                      <a key={attachment.id} href={href} target="_blank" rel="noopener noreferrer" className={styles.preview}>
                        {/* A 5-minute signed private file: next/image would cache it under a public URL. */}
                        {/* eslint-disable-next-line @next/next/no-img-element */}
                        <img src={href} alt={attachment.name} loading="lazy" />
                      </a>
                    ) : (
                      <a key={attachment.id} href={href} className={styles.file} download={attachment.name}>
                        📄 {attachment.name}
                      </a>
                    )
                  })}
                  <time className={styles.time} dateTime={new Date(message.created_at).toISOString()}>
                    {formatTime(message.created_at, locale)}
                  </time>
                </li>
              )
            })}
          </ol>
          {staffTyping ? (
            <p className={styles.typing} data-testid="chat-typing">
              {t("staffTyping")}
            </p>
          ) : seen ? (
            <p className={styles.receipt} data-testid="chat-seen">
              {t("seen")}
            </p>
          ) : null}
          {error ? (
            <p role="alert" className={styles.error}>
              {error.text}
            </p>
          ) : null}
          <form className={styles.compose} onSubmit={send}>
            <label htmlFor="chat-input" className="visually-hidden">
              {t("message")}
            </label>
            <textarea
              id="chat-input"
              rows={2}
              maxLength={5000}
              value={draft}
              placeholder={t("placeholder")}
              onChange={(event) => {
                setDraft(event.target.value)
                sendTyping()
              }}
              onKeyDown={(event) => {
                if (event.key === "Enter" && !event.shiftKey) {
                  event.preventDefault()
                  event.currentTarget.form?.requestSubmit()
                }
              }}
            />
            {identity === "customer" ? (
              <label className={styles.attach}>
                <span className="visually-hidden">{t("attach")}</span>
                <span aria-hidden="true">📎</span>
                <input type="file" accept="image/png,image/jpeg,image/webp,image/gif,application/pdf" multiple onChange={(event) => void attach(event.target.files)} />
              </label>
            ) : null}
            <button type="submit" className="button" disabled={sending || !draft.trim()}>
              {t("send")}
            </button>
          </form>
          {identity === "guest" ? <p className={styles.hint}>{t("guestAttachHint")}</p> : null}
        </>
      )}
    </section>
  )
}
