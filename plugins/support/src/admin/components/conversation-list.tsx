import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { formatTime, sdk } from "../lib/client"

type Conversation = { id: string; kind: string; subject: string; status: string; priority: string; last_message_at: string | null; last_message_by: string | null }

const STATUS_COLORS: Record<string, "orange" | "blue" | "green" | "grey"> = { open: "orange", pending: "blue", resolved: "green", closed: "grey" }

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
                <Table.Cell>{conversation.kind === "chat" ? "Chat" : "Ticket"}</Table.Cell>
                <Table.Cell><Badge size="2xsmall" color={STATUS_COLORS[conversation.status] ?? "grey"}>{conversation.status}</Badge></Table.Cell>
                <Table.Cell>{formatTime(conversation.last_message_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
