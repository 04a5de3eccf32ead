import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Rooms, ServerEvents } from "@tailoc/realtime-contract"
import { SUPPORT_MODULE } from "../../../../../../modules/support"
import { realtimeOf } from "../../../../../../modules/support/realtime"
import type SupportModuleService from "../../../../../../modules/support/service"
import { conversationWithMessages } from "../../../../../utils/conversations"

/** POST /admin/support/conversations/:id/read: staff have read it (and their notices about it); the customer sees the receipt live. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await conversationWithMessages(req.scope, { id: req.params.id }, { staff: true })
  const support: SupportModuleService = req.scope.resolve(SUPPORT_MODULE)
  const readAt = new Date()
  await support.updateSupportConversations({ id: req.params.id, staff_read_at: readAt } as any)
  await support.markNotificationsRead({ type: "user", id: req.auth_context.actor_id }, req.params.id)
  await realtimeOf(req.scope)?.emit(Rooms.conversation(req.params.id), ServerEvents.messageRead, { conversation_id: req.params.id, reader: "staff", read_at: readAt })
  res.json({ conversation_id: req.params.id, staff_read_at: readAt })
}
