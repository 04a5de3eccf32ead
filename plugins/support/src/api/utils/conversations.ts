import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { withAttachmentLinks } from "./attachment-access"

export const CONVERSATION_FIELDS = [
  "id",
  "kind",
  "subject",
  "status",
  "priority",
  "order_id",
  "customer_id",
  "assignee_id",
  "last_message_at",
  "last_message_by",
  "customer_read_at",
  "staff_read_at",
  "created_at",
]

/** One conversation with its messages; customers get no internal notes, everyone gets attachment links for their side. */
export async function conversationWithMessages(
  scope: MedusaContainer,
  filters: Record<string, unknown>,
  { staff }: { staff: boolean }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "support_conversation", fields: CONVERSATION_FIELDS, filters })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Conversation ${String(filters.id ?? "")} was not found`)
  const support: SupportModuleService = scope.resolve(SUPPORT_MODULE)
  const messages = await support.listMessagesAfter(data[0].id, { includeInternal: staff, limit: 500 })
  const audience = staff ? "admin" : "store"
  return {
    ...data[0],
    messages: messages.map((message) => ({ ...message, attachments: withAttachmentLinks(scope, data[0].id, message.attachments, audience) })),
  }
}
