import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { postMessageWorkflow } from "../../../../../../workflows/support/post-message"
import { conversationWithMessages } from "../../../../../utils/conversations"
import type { Infer, PostMessage } from "../../../../../utils/validators"

export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof PostMessage>>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  // Ownership first: a customer cannot write into another customer's conversation.
  await conversationWithMessages(req.scope, { id: req.params.id, customer_id: customerId }, { staff: false })
  const { result } = await postMessageWorkflow(req.scope).run({
    input: { conversation_id: req.params.id, body: req.validatedBody.body, author: { type: "customer", id: customerId } },
  })
  res.status(201).json({ message: result })
}
