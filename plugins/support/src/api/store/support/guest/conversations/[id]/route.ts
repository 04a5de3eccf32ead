import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { conversationWithMessages } from "../../../../../utils/conversations"

export async function GET(req: MedusaRequest & { guest_id: string }, res: MedusaResponse) {
  res.json({ conversation: await conversationWithMessages(req.scope, { id: req.params.id, guest_id: req.guest_id }, { staff: false }) })
}
