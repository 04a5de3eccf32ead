import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, Heading, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"
import { ClientEvents, ServerEvents, type TypingPayload } from "@tailoc/realtime-contract"
import { io, type Socket } from "socket.io-client"
import { MessageAttachments, type Attachment } from "../../components/message-attachments"
import { formatTime, sdk } from "../../lib/client"

type Message = { id: string; author_type: string; body: string; is_internal: boolean; created_at: string; attachments?: Attachment[] | null }
type Conversation = {
  id: string
  kind: "chat" | "ticket"
  subject: string
  status: string
  priority: string
  assignee_id: string | null
  last_message_at: string | null
  last_message_by: "customer" | "staff" | null
  staff_read_at: string | null
  unread_count?: number
  messages?: Message[]
}

const FILTERS = { all: "", waiting: "waiting=true", unassigned: "unassigned=true" } as const

/** One socket per page, authenticated with a short-lived token for the logged-in user. */
function useGateway() {
  const [socket, setSocket] = useState<Socket>()
  useEffect(() => {
    let active: Socket | undefined
    sdk.client
      .fetch<{ token: string; port: number | null }>("/admin/support/realtime-token", { method: "POST" })
      .then(({ token, port }) => {
        if (!port) return
        active = io(`${window.location.protocol}//${window.location.hostname}:${port}`, { auth: { token }, transports: ["websocket"] })
        setSocket(active)
      })
      .catch(() => toast.error("Không kết nối được kênh trực tuyến"))
    return () => {
      active?.close()
    }
  }, [])
  return socket
}

const SupportInboxPage = () => {
  const client = useQueryClient()
  const [filter, setFilter] = useState<keyof typeof FILTERS>("waiting")
  // A link from a customer or order page opens that conversation directly.
  const [selectedId, setSelectedId] = useState<string | undefined>(
    () => new URLSearchParams(window.location.search).get("conversation") ?? undefined
  )
  const [draft, setDraft] = useState("")
  const [internal, setInternal] = useState(false)
  const [typing, setTyping] = useState(false)
  const [live, setLive] = useState<Message[]>([])
  const lastTyping = useRef(0)
  const socket = useGateway()

  const inbox = useQuery({
    queryKey: ["support-inbox", filter],
    queryFn: () => sdk.client.fetch<{ conversations: Conversation[] }>(`/admin/support/conversations?${FILTERS[filter]}`),
  })
  const detail = useQuery({
    queryKey: ["support-conversation", selectedId],
    enabled: Boolean(selectedId),
    queryFn: () => sdk.client.fetch<{ conversation: Conversation }>(`/admin/support/conversations/${selectedId}`),
  })

  useEffect(() => {
    if (!socket) return
    const refreshInbox = () => client.invalidateQueries({ queryKey: ["support-inbox"] })
    socket.on(ServerEvents.notificationNew, refreshInbox)
    socket.on(ServerEvents.messageNew, (message: Message & { conversation_id: string }) => {
      if (message.conversation_id === selectedId) setLive((current) => (current.some((m) => m.id === message.id) ? current : [...current, message]))
      refreshInbox()
    })
    socket.on(ServerEvents.typing, (event: TypingPayload) => {
      if (event.conversation_id === selectedId) setTyping(event.typing)
    })
    return () => {
      socket.off(ServerEvents.notificationNew)
      socket.off(ServerEvents.messageNew)
      socket.off(ServerEvents.typing)
    }
  }, [socket, selectedId, client])

  // Opening a conversation reads it; new messages while it is open are read as they arrive.
  useEffect(() => {
    if (!selectedId) return
    sdk.client
      .fetch(`/admin/support/conversations/${selectedId}/read`, { method: "POST" })
      .then(() => client.invalidateQueries({ queryKey: ["support-inbox"] }))
      .catch(() => undefined)
  }, [selectedId, live.length, client])

  useEffect(() => {
    setLive([])
    setTyping(false)
    if (!socket || !selectedId) return
    socket.emit(ClientEvents.conversationJoin, { conversation_id: selectedId })
    return () => {
      socket.emit(ClientEvents.conversationLeave, { conversation_id: selectedId })
    }
  }, [socket, selectedId])

  const stored = detail.data?.conversation.messages ?? []
  const messages = [...stored, ...live.filter((message) => !stored.some((m) => m.id === message.id))]

  const send = async () => {
    if (!selectedId || !draft.trim()) return
    try {
      await sdk.client.fetch(`/admin/support/conversations/${selectedId}/messages`, { method: "POST", body: { body: draft, is_internal: internal } })
      setDraft("")
    } catch (error) {
      toast.error("Không gửi được", { description: (error as Error).message })
    }
  }

  const update = async (body: Record<string, unknown>) => {
    await sdk.client.fetch(`/admin/support/conversations/${selectedId}`, { method: "POST", body })
    client.invalidateQueries({ queryKey: ["support-conversation", selectedId] })
    client.invalidateQueries({ queryKey: ["support-inbox"] })
  }

  return (
    <Container className="grid grid-cols-[320px_1fr] divide-x p-0" style={{ minHeight: 560 }}>
      <div className="flex flex-col">
        <div className="flex items-center justify-between px-4 py-3">
          <Heading level="h1">Hỗ trợ khách hàng</Heading>
          <Badge size="2xsmall" color={socket?.connected ? "green" : "grey"}>{socket ? "trực tuyến" : "…"}</Badge>
        </div>
        <div className="flex gap-2 px-4 pb-3">
          {(Object.keys(FILTERS) as (keyof typeof FILTERS)[]).map((key) => (
            <Button key={key} size="small" variant={filter === key ? "primary" : "secondary"} onClick={() => setFilter(key)}>
              {{ all: "Tất cả", waiting: "Chờ trả lời", unassigned: "Chưa giao" }[key]}
            </Button>
          ))}
        </div>
        <div className="flex flex-col divide-y border-t">
          {inbox.data?.conversations.map((conversation) => (
            <button
              key={conversation.id}
              type="button"
              data-conversation-id={conversation.id}
              onClick={() => setSelectedId(conversation.id)}
              className={`flex flex-col px-4 py-3 text-left ${conversation.id === selectedId ? "bg-ui-bg-highlight" : ""}`}
            >
              <div className="flex items-center justify-between gap-2">
                <Text size="small" weight="plus" className="truncate">{conversation.subject}</Text>
                {conversation.unread_count ? (
                  <Badge size="2xsmall" color="orange" data-unread={conversation.unread_count}>{conversation.unread_count} chưa đọc</Badge>
                ) : null}
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {conversation.kind === "chat" ? "Chat" : "Ticket"} · {conversation.status} · {formatTime(conversation.last_message_at)}
              </Text>
            </button>
          ))}
          {inbox.data && !inbox.data.conversations.length && <Text size="small" className="px-4 py-3 text-ui-fg-subtle">Không có hội thoại.</Text>}
        </div>
      </div>
      <div className="flex flex-col">
        {!selectedId && <Text className="p-6 text-ui-fg-subtle">Chọn một hội thoại.</Text>}
        {selectedId && detail.data && (
          <>
            <div className="flex items-center justify-between px-6 py-3">
              <Heading level="h2">{detail.data.conversation.subject}</Heading>
              <div className="flex gap-2">
                <Button size="small" variant="secondary" onClick={() => update({ status: "resolved" })}>Đã giải quyết</Button>
                <Button size="small" variant="secondary" onClick={() => update({ priority: "high" })}>Ưu tiên cao</Button>
              </div>
            </div>
            <div className="flex flex-1 flex-col gap-2 overflow-y-auto border-t px-6 py-4" data-testid="support-messages">
              {messages.map((message) => (
                <div
                  key={message.id}
                  data-message-id={message.id}
                  className={`max-w-[75%] rounded-lg px-3 py-2 ${message.author_type === "staff" ? "self-end bg-ui-bg-base-pressed" : "self-start bg-ui-bg-subtle"} ${message.is_internal ? "border border-dashed border-ui-tag-orange-border" : ""}`}
                >
                  {/* Rendered as text, never as HTML: message bodies come from customers. */}
                  <Text size="small" className="whitespace-pre-wrap">{message.body}</Text>
                  <MessageAttachments conversationId={selectedId} attachments={message.attachments} />
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {message.is_internal ? "Ghi chú nội bộ · " : ""}{formatTime(message.created_at)}
                  </Text>
                </div>
              ))}
              {typing && <Text size="xsmall" className="text-ui-fg-subtle">Khách đang nhập…</Text>}
            </div>
            <div className="flex flex-col gap-2 border-t px-6 py-3">
              <Textarea
                value={draft}
                placeholder="Trả lời khách hàng…"
                onChange={(event) => {
                  setDraft(event.target.value)
                  if (socket && Date.now() - lastTyping.current > 2000) {
                    lastTyping.current = Date.now()
                    socket.emit(ClientEvents.typing, { conversation_id: selectedId, typing: true })
                  }
                }}
              />
              <div className="flex items-center justify-between">
                <div className="flex items-center gap-2">
                  <Checkbox id="internal-note" checked={internal} onCheckedChange={(value) => setInternal(value === true)} />
                  <Label htmlFor="internal-note" size="small">Ghi chú nội bộ (khách không thấy)</Label>
                </div>
                <Button size="small" onClick={send}>Gửi</Button>
              </div>
            </div>
          </>
        )}
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Hỗ trợ", icon: ChatBubbleLeftRight })

export default SupportInboxPage
