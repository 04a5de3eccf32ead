import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { postAttachmentsWorkflow } from "../../../../../../workflows/support/post-attachments"
import { withAttachmentLinks } from "../../../../../utils/attachment-access"
import type { AttachmentRequest } from "../../../../../utils/attachments"
import { conversationWithMessages } from "../../../../../utils/conversations"
import type { Infer, PostAttachments } from "../../../../../utils/validators"

/**
 * POST /store/support/conversations/:id/attachments (multipart: files[], optional body):
 * files already checked by their bytes are stored privately, then posted as a message.
 */
export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof PostAttachments>> & AttachmentRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  await conversationWithMessages(req.scope, { id: req.params.id, customer_id: customerId }, { staff: false })
  const { result: message } = await postAttachmentsWorkflow(req.scope).run({
    input: {
      conversation_id: req.params.id,
      body: req.validatedBody.body ?? "",
      files: req.attachmentUploads,
      author: { type: "customer", id: customerId },
    },
  })
  res.status(201).json({ message: { ...message, attachments: withAttachmentLinks(req.scope, req.params.id, message.attachments, "store") } })
}
