import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import { CONVERSATION_FIELDS } from "../../../utils/conversations"
import type { AdminListConversations, Infer } from "../../../utils/validators"

/** GET /admin/support/conversations: the inbox, filtered by status, assignee, unassigned, waiting for a reply. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, Infer<typeof AdminListConversations>>, res: MedusaResponse) {
  const { limit, offset, unassigned, waiting, ...filters } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "support_conversation",
    fields: CONVERSATION_FIELDS,
    filters: {
      ...filters,
      ...(unassigned && { assignee_id: null }),
      ...(waiting && { last_message_by: "customer", status: ["open", "pending"] }),
    },
    pagination: { skip: offset, take: limit, order: { last_message_at: "DESC" } },
  })
  const support: SupportModuleService = req.scope.resolve(SUPPORT_MODULE)
  const unread = await support.countUnreadByStaff(data.map((conversation: { id: string }) => conversation.id))
  res.json({
    conversations: data.map((conversation: { id: string }) => ({ ...conversation, unread_count: unread[conversation.id] ?? 0 })),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
