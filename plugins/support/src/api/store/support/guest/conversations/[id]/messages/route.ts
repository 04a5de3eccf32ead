import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { postMessageWorkflow } from "../../../../../../../workflows/support/post-message"
import { conversationWithMessages } from "../../../../../../utils/conversations"
import type { Infer, PostMessage } from "../../../../../../utils/validators"

export async function POST(req: MedusaRequest<Infer<typeof PostMessage>> & { guest_id: string }, res: MedusaResponse) {
  await conversationWithMessages(req.scope, { id: req.params.id, guest_id: req.guest_id }, { staff: false })
  const { result } = await postMessageWorkflow(req.scope).run({
    input: { conversation_id: req.params.id, body: req.validatedBody.body, author: { type: "guest", id: req.guest_id } },
  })
  res.status(201).json({ message: result })
}
