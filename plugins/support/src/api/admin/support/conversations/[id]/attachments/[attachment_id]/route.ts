import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendAttachment } from "../../../../../../utils/attachment-access"

/** GET /admin/support/conversations/:id/attachments/:attachment_id: staff open any conversation's files. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendAttachment(req, res, {
    conversationId: req.params.id,
    attachmentId: req.params.attachment_id,
    owner: { type: "user", id: req.auth_context.actor_id },
  })
}
