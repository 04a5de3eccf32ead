import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { conversationWithMessages } from "../../../../utils/conversations"

/** GET /store/support/conversations/:id: the customer's own conversation; anyone else's is "not found". */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({
    conversation: await conversationWithMessages(req.scope, { id: req.params.id, customer_id: req.auth_context.actor_id }, { staff: false }),
  })
}
