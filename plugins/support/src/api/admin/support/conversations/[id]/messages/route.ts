import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { postMessageWorkflow } from "../../../../../../workflows/support/post-message"
import { conversationWithMessages } from "../../../../../utils/conversations"
import type { AdminPostMessage, Infer } from "../../../../../utils/validators"

/** POST …/messages: a reply the customer sees, or an internal note (is_internal) they never do. */
export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof AdminPostMessage>>, res: MedusaResponse) {
  await conversationWithMessages(req.scope, { id: req.params.id }, { staff: true })
  const { result } = await postMessageWorkflow(req.scope).run({
    input: { conversation_id: req.params.id, ...req.validatedBody, author: { type: "staff", id: req.auth_context.actor_id } },
  })
  res.status(201).json({ message: result })
}
