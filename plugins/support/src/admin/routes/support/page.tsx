import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Container, Text, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"
import { ClientEvents, ServerEvents, type TypingPayload } from "@tailoc/realtime-contract"
import { io, type Socket } from "socket.io-client"
import { ConversationThread } from "../../components/conversation-thread"
import { CustomerPanel } from "../../components/customer-panel"
import { InboxList } from "../../components/inbox-list"
import { sdk } from "../../lib/client"
import { useConversation, useInbox, type InboxFilter, type Message } from "../../lib/inbox"

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

/** The search as typed, sent once typing pauses. */
function useDebounced(value: string, milliseconds = 300) {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), milliseconds)
    return () => clearTimeout(timer)
  }, [value, milliseconds])
  return settled
}

const SupportInboxPage = () => {
  const client = useQueryClient()
  const [filter, setFilter] = useState<InboxFilter>("waiting")
  const [search, setSearch] = useState("")
  // A link from a customer or order page opens that conversation directly.
  const [selectedId, setSelectedId] = useState<string | undefined>(
    () => new URLSearchParams(window.location.search).get("conversation") ?? undefined
  )
  const [typing, setTyping] = useState(false)
  const [live, setLive] = useState<Message[]>([])
  const lastTyping = useRef(0)
  const socket = useGateway()

  const inbox = useInbox(filter, useDebounced(search))
  const detail = useConversation(selectedId)

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

  const conversation = detail.data?.conversation
  const stored = conversation?.messages ?? []
  const messages = [...stored, ...live.filter((message) => !stored.some((m) => m.id === message.id))]
  const announceTyping = () => {
    if (socket && selectedId && Date.now() - lastTyping.current > 2000) {
      lastTyping.current = Date.now()
      socket.emit(ClientEvents.typing, { conversation_id: selectedId, typing: true })
    }
  }

  return (
    // A fixed height with min-h-0 panes: the list and the thread each scroll on their own, so an
    // open conversation never sits above the visible area of a long list. On a phone the two
    // panes take turns; from md the list sits beside the thread, from xl the customer beside both.
    <Container
      className="flex overflow-hidden p-0 md:grid md:grid-cols-[300px_minmax(0,1fr)] md:divide-x xl:grid-cols-[320px_minmax(0,1fr)_300px]"
      style={{ height: "calc(100dvh - 6rem)", minHeight: 420 }}
    >
      <div className={`${selectedId ? "hidden md:flex" : "flex"} min-h-0 min-w-0 flex-1 flex-col`}>
        <InboxList
          conversations={inbox.data?.conversations}
          loading={inbox.isLoading}
          filter={filter}
          onFilter={setFilter}
          search={search}
          onSearch={setSearch}
          selectedId={selectedId}
          onSelect={setSelectedId}
          online={Boolean(socket?.connected)}
        />
        {inbox.isError && <Text size="small" className="px-4 py-3 text-ui-fg-error">{(inbox.error as Error).message}</Text>}
      </div>
      <div className={`${selectedId ? "flex" : "hidden md:flex"} min-h-0 min-w-0 flex-1 flex-col`}>
        {!selectedId && <Text className="p-6 text-ui-fg-subtle">Chọn một hội thoại.</Text>}
        {selectedId && detail.isError && <Text className="p-6 text-ui-fg-error">{(detail.error as Error).message}</Text>}
        {conversation && (
          <ConversationThread
            key={conversation.id}
            conversation={conversation}
            messages={messages}
            customerTyping={typing}
            onTyping={announceTyping}
            onBack={() => setSelectedId(undefined)}
          />
        )}
      </div>
      <aside className="hidden min-h-0 overflow-y-auto xl:block" aria-label="Khách hàng">
        {conversation ? <CustomerPanel conversation={conversation} /> : null}
      </aside>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Hỗ trợ", icon: ChatBubbleLeftRight })

export default SupportInboxPage
