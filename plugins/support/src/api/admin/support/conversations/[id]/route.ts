import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateConversationWorkflow } from "../../../../../workflows/support/update-conversation"
import { conversationWithMessages } from "../../../../utils/conversations"
import type { AdminUpdateConversation, Infer } from "../../../../utils/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ conversation: await conversationWithMessages(req.scope, { id: req.params.id }, { staff: true }) })
}

/** POST /admin/support/conversations/:id: assign, change status or priority. */
export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof AdminUpdateConversation>>, res: MedusaResponse) {
  await conversationWithMessages(req.scope, { id: req.params.id }, { staff: true })
  await updateConversationWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ conversation: await conversationWithMessages(req.scope, { id: req.params.id }, { staff: true }) })
}
