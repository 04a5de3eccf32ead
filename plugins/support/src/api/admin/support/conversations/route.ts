import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import { conversationIdsMatching } from "../../../utils/conversation-search"
import { ADMIN_CONVERSATION_FIELDS } from "../../../utils/conversations"
import type { AdminListConversations, Infer } from "../../../utils/validators"

/**
 * GET /admin/support/conversations: the inbox, filtered by status, assignee ("mine": the
 * caller's), unassigned, waiting for a reply, and searched (q) by customer, phone, e-mail,
 * order number and message text.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, Infer<typeof AdminListConversations>>, res: MedusaResponse) {
  const { limit, offset, unassigned, waiting, mine, q, ...filters } = req.validatedQuery
  const matching = q === undefined ? undefined : await conversationIdsMatching(req.scope, q)
  if (matching && !matching.length) return res.json({ conversations: [], count: 0, limit, offset })

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "support_conversation",
    fields: ADMIN_CONVERSATION_FIELDS,
    filters: {
      ...filters,
      ...(matching && { id: matching }),
      ...(mine && { assignee_id: req.auth_context.actor_id }),
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
