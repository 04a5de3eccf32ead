import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { postMessageWorkflow } from "../../../../../../workflows/support/post-message"
import { conversationWithMessages } from "../../../../../utils/conversations"

/**
 * POST /store/support/conversations/:id/attachments (multipart: files[], optional body):
 * checked files go to Medusa's file module, then into a message of their own.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  await conversationWithMessages(req.scope, { id: req.params.id, customer_id: customerId }, { staff: false })
  const files = (req.files ?? []) as Express.Multer.File[]
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Attach at least one file in the multipart field "files"')
  }
  const { result: uploaded } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: files.map((file) => ({
        filename: file.originalname,
        mimeType: file.mimetype,
        content: file.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  const attachments = uploaded.map((file, index) => ({
    url: file.url,
    name: files[index].originalname,
    mime_type: files[index].mimetype,
    size: files[index].size,
  }))
  const body = typeof (req.body as { body?: unknown })?.body === "string" ? (req.body as { body: string }).body : ""
  const { result } = await postMessageWorkflow(req.scope).run({
    input: { conversation_id: req.params.id, body, attachments, author: { type: "customer", id: customerId } },
  })
  res.status(201).json({ message: result })
}
