import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createConversationWorkflow } from "../../../../workflows/support/create-conversation"
import { CONVERSATION_FIELDS, conversationWithMessages } from "../../../utils/conversations"
import type { Infer, StoreCreateConversation } from "../../../utils/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "support_conversation",
    fields: CONVERSATION_FIELDS,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { order: { last_message_at: "DESC" }, take: 100 },
  })
  res.json({ conversations: data })
}

/** POST /store/support/conversations: open a ticket (optionally about one of their orders) or a chat. */
export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof StoreCreateConversation>>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { body, ...conversation } = req.validatedBody
  const { result } = await createConversationWorkflow(req.scope).run({
    input: { ...conversation, customer_id: customerId, body, author: { type: "customer", id: customerId } },
  })
  res.status(201).json({ conversation: await conversationWithMessages(req.scope, { id: result.conversation.id, customer_id: customerId }, { staff: false }) })
}
