import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendAttachment } from "../../../../../../utils/attachment-access"

/** GET /store/support/conversations/:id/attachments/:attachment_id: a file of the customer's own conversation. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendAttachment(req, res, {
    conversationId: req.params.id,
    attachmentId: req.params.attachment_id,
    owner: { type: "customer", id: req.auth_context.actor_id },
  })
}
