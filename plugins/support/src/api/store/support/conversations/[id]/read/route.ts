import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Rooms, ServerEvents } from "@tailoc/realtime-contract"
import { SUPPORT_MODULE } from "../../../../../../modules/support"
import { realtimeOf } from "../../../../../../modules/support/realtime"
import type SupportModuleService from "../../../../../../modules/support/service"
import { conversationWithMessages } from "../../../../../utils/conversations"

/** POST …/read: the customer has seen everything so far; staff see the receipt live. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  await conversationWithMessages(req.scope, { id: req.params.id, customer_id: customerId }, { staff: false })
  const support: SupportModuleService = req.scope.resolve(SUPPORT_MODULE)
  const readAt = new Date()
  await support.updateSupportConversations({ id: req.params.id, customer_read_at: readAt } as any)
  await realtimeOf(req.scope)?.emit(Rooms.conversation(req.params.id), ServerEvents.messageRead, { conversation_id: req.params.id, reader: "customer", read_at: readAt })
  res.json({ conversation_id: req.params.id, customer_read_at: readAt })
}
