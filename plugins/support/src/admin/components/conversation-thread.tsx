import { ArrowLeft, User } from "@medusajs/icons"
import { Button, Checkbox, Drawer, Heading, IconButton, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  CONVERSATION_PRIORITIES,
  CONVERSATION_STATUSES,
  kindLabel,
  PRIORITY_LABELS,
  STATUS_LABELS,
  type ConversationPriority,
  type ConversationStatus,
} from "../../modules/support/status"
import { formatTime, sdk } from "../lib/client"
import { authorOf, useUpdateConversation, type Conversation, type Message } from "../lib/inbox"
import { AssigneePicker } from "./assignee-picker"
import { CannedReplyPicker } from "./canned-replies"
import { CustomerPanel } from "./customer-panel"
import { MessageAttachments } from "./message-attachments"

type Props = {
  conversation: Conversation
  messages: Message[]
  customerTyping: boolean
  onTyping: () => void
  /** Back to the list: on a phone the list and the thread share the screen. */
  onBack: () => void
}

/** The middle pane: who and what, status and assignee, the messages (scrolling on their own) and the reply box. */
export const ConversationThread = ({ conversation, messages, customerTyping, onTyping, onBack }: Props) => {
  const [draft, setDraft] = useState("")
  const [internal, setInternal] = useState(false)
  const [panelOpen, setPanelOpen] = useState(false)
  const update = useUpdateConversation(conversation.id)
  const change = (body: Parameters<typeof update>[0]) =>
    update(body).catch((error: Error) => toast.error("Không cập nhật được", { description: error.message }))

  const send = async () => {
    if (!draft.trim()) return
    try {
      await sdk.client.fetch(`/admin/support/conversations/${conversation.id}/messages`, { method: "POST", body: { body: draft, is_internal: internal } })
      setDraft("")
    } catch (error) {
      toast.error("Không gửi được", { description: (error as Error).message })
    }
  }

  return (
    <div className="flex min-h-0 min-w-0 flex-1 flex-col">
      <div className="flex flex-col gap-2 border-b px-4 py-3 md:px-6">
        <div className="flex items-start gap-2">
          <IconButton size="small" variant="transparent" className="md:hidden" onClick={onBack} aria-label="Về danh sách">
            <ArrowLeft />
          </IconButton>
          <div className="min-w-0 flex-1">
            <Heading level="h2" className="truncate">{conversation.subject}</Heading>
            <Text size="small" className="truncate text-ui-fg-subtle">
              {authorOf(conversation)} · {kindLabel(conversation.kind)}
              {conversation.order ? ` · Đơn #${conversation.order.display_id}` : ""}
            </Text>
          </div>
          <Button size="small" variant="secondary" className="xl:hidden" onClick={() => setPanelOpen(true)}>
            <User /> Khách hàng
          </Button>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Select value={conversation.status} onValueChange={(status) => change({ status: status as ConversationStatus })} size="small">
            <Select.Trigger aria-label="Trạng thái" className="w-auto min-w-[9rem]"><Select.Value /></Select.Trigger>
            <Select.Content>
              {CONVERSATION_STATUSES.map((status) => <Select.Item key={status} value={status}>{STATUS_LABELS[status]}</Select.Item>)}
            </Select.Content>
          </Select>
          <Select value={conversation.priority} onValueChange={(priority) => change({ priority: priority as ConversationPriority })} size="small">
            <Select.Trigger aria-label="Mức ưu tiên" className="w-auto min-w-[8rem]"><Select.Value /></Select.Trigger>
            <Select.Content>
              {CONVERSATION_PRIORITIES.map((priority) => <Select.Item key={priority} value={priority}>Ưu tiên {PRIORITY_LABELS[priority].toLowerCase()}</Select.Item>)}
            </Select.Content>
          </Select>
          <AssigneePicker conversation={conversation} onAssign={(assignee_id) => update({ assignee_id })} />
        </div>
      </div>

      <div className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto px-4 py-4 md:px-6" data-testid="support-messages">
        {messages.map((message) => (
          <div
            key={message.id}
            data-message-id={message.id}
            className={`max-w-[85%] rounded-lg px-3 py-2 md:max-w-[75%] ${message.author_type === "staff" ? "self-end bg-ui-bg-base-pressed" : "self-start bg-ui-bg-subtle"} ${message.is_internal ? "border border-dashed border-ui-tag-orange-border" : ""}`}
          >
            {/* Rendered as text, never as HTML: message bodies come from customers. */}
            <Text size="small" className="whitespace-pre-wrap break-words">{message.body}</Text>
            <MessageAttachments conversationId={conversation.id} attachments={message.attachments} />
            <Text size="xsmall" className="text-ui-fg-subtle">
              {message.is_internal ? "Ghi chú nội bộ · " : ""}{formatTime(message.created_at)}
            </Text>
          </div>
        ))}
        {customerTyping && <Text size="xsmall" className="text-ui-fg-subtle">Khách đang nhập…</Text>}
      </div>

      <div className="flex flex-col gap-2 border-t px-4 py-3 md:px-6">
        <Textarea
          value={draft}
          rows={3}
          placeholder="Trả lời khách hàng…"
          aria-label="Nội dung trả lời"
          onChange={(event) => {
            setDraft(event.target.value)
            onTyping()
          }}
        />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex items-center gap-2">
            <Checkbox id="internal-note" checked={internal} onCheckedChange={(value) => setInternal(value === true)} />
            <Label htmlFor="internal-note" size="small">Ghi chú nội bộ (khách không thấy)</Label>
          </div>
          <div className="flex gap-2">
            <CannedReplyPicker onPick={(body) => setDraft((current) => (current.trim() ? `${current}\n${body}` : body))} />
            <Button size="small" onClick={send} disabled={!draft.trim()}>Gửi</Button>
          </div>
        </div>
      </div>

      <Drawer open={panelOpen} onOpenChange={setPanelOpen}>
        <Drawer.Content className="max-w-full sm:max-w-sm">
          <Drawer.Header><Drawer.Title>Khách hàng</Drawer.Title></Drawer.Header>
          <Drawer.Body className="overflow-y-auto p-0"><CustomerPanel conversation={conversation} /></Drawer.Body>
        </Drawer.Content>
      </Drawer>
    </div>
  )
}
