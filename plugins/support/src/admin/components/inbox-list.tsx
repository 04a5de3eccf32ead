import { Badge, Button, Heading, Input, Text } from "@medusajs/ui"
import { kindLabel } from "../../modules/support/status"
import { formatTime } from "../lib/client"
import { authorOf, INBOX_FILTERS, type Conversation, type InboxFilter } from "../lib/inbox"
import { ConversationStatusBadge, PriorityBadge } from "./status-badges"

type Props = {
  conversations?: Conversation[]
  loading: boolean
  filter: InboxFilter
  onFilter: (filter: InboxFilter) => void
  search: string
  onSearch: (search: string) => void
  selectedId?: string
  onSelect: (id: string) => void
  online: boolean
}

/** The left pane: filters, search and the conversations, scrolling on its own. */
export const InboxList = ({ conversations, loading, filter, onFilter, search, onSearch, selectedId, onSelect, online }: Props) => (
  <div className="flex min-h-0 flex-col">
    <div className="flex items-center justify-between gap-2 px-4 pt-3">
      <Heading level="h1">Hỗ trợ khách hàng</Heading>
      <Badge size="2xsmall" color={online ? "green" : "grey"}>{online ? "trực tuyến" : "ngoại tuyến"}</Badge>
    </div>
    <div className="flex flex-col gap-2 px-4 py-3">
      <Input
        type="search"
        size="small"
        value={search}
        onChange={(event) => onSearch(event.target.value)}
        placeholder="Tên, SĐT, e-mail, mã đơn, nội dung…"
        aria-label="Tìm hội thoại"
      />
      <div className="flex flex-wrap gap-1" role="group" aria-label="Lọc hội thoại">
        {(Object.keys(INBOX_FILTERS) as InboxFilter[]).map((key) => (
          <Button key={key} size="small" variant={filter === key ? "primary" : "secondary"} onClick={() => onFilter(key)} data-filter={key}>
            {INBOX_FILTERS[key].label}
          </Button>
        ))}
      </div>
    </div>
    <div className="min-h-0 flex-1 divide-y overflow-y-auto border-t" data-testid="support-conversation-list">
      {conversations?.map((conversation) => (
        <button
          key={conversation.id}
          type="button"
          data-conversation-id={conversation.id}
          aria-current={conversation.id === selectedId}
          onClick={() => onSelect(conversation.id)}
          className={`flex w-full flex-col gap-1 px-4 py-3 text-left hover:bg-ui-bg-base-hover ${conversation.id === selectedId ? "bg-ui-bg-highlight" : ""}`}
        >
          <div className="flex items-center justify-between gap-2">
            <Text size="small" weight="plus" className="truncate">{authorOf(conversation)}</Text>
            <Text size="xsmall" className="shrink-0 text-ui-fg-subtle">{formatTime(conversation.last_message_at)}</Text>
          </div>
          <Text size="small" className="truncate">{conversation.subject}</Text>
          <div className="flex flex-wrap items-center gap-1">
            <ConversationStatusBadge status={conversation.status} />
            <PriorityBadge priority={conversation.priority} />
            <Text size="xsmall" className="text-ui-fg-subtle">{kindLabel(conversation.kind)}</Text>
            {conversation.order && <Text size="xsmall" className="text-ui-fg-subtle">· Đơn #{conversation.order.display_id}</Text>}
            {conversation.unread_count ? (
              <Badge size="2xsmall" color="orange" data-unread={conversation.unread_count}>{conversation.unread_count} chưa đọc</Badge>
            ) : null}
          </div>
        </button>
      ))}
      {loading && <Text size="small" className="px-4 py-3 text-ui-fg-subtle">Đang tải…</Text>}
      {conversations && !conversations.length && (
        <Text size="small" className="px-4 py-3 text-ui-fg-subtle">{search.trim() ? "Không tìm thấy hội thoại nào." : "Không có hội thoại."}</Text>
      )}
    </div>
  </div>
)
