import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { kindLabel } from "../../modules/support/status"
import { formatTime, sdk } from "../lib/client"
import type { Conversation } from "../lib/inbox"
import { ConversationStatusBadge, PriorityBadge } from "./status-badges"

/** The support conversations matching `filter` (customer_id=… or order_id=…), linking to the inbox. */
export const ConversationList = ({ title, filter, hideWhenEmpty = false }: { title: string; filter: string; hideWhenEmpty?: boolean }) => {
  const { data } = useQuery({
    queryKey: ["support-conversations", filter],
    queryFn: () => sdk.client.fetch<{ conversations: Conversation[] }>(`/admin/support/conversations?${filter}&limit=20`),
  })
  if (hideWhenEmpty && !data?.conversations.length) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{title}</Heading>
      </div>
      {!data?.conversations.length ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">Chưa có yêu cầu hỗ trợ nào.</Text>
      ) : (
        <Table>
          <Table.Body>
            {data.conversations.map((conversation) => (
              <Table.Row key={conversation.id}>
                <Table.Cell>
                  <a href={`/app/support?conversation=${conversation.id}`} className="txt-compact-small-plus">{conversation.subject}</a>
                </Table.Cell>
                <Table.Cell>{kindLabel(conversation.kind)}</Table.Cell>
                <Table.Cell>
                  <div className="flex flex-wrap gap-1">
                    <ConversationStatusBadge status={conversation.status} />
                    <PriorityBadge priority={conversation.priority} />
                  </div>
                </Table.Cell>
                <Table.Cell>{formatTime(conversation.last_message_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
