import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createConversationWorkflow } from "../../../../../workflows/support/create-conversation"
import { conversationWithMessages } from "../../../../utils/conversations"
import type { GuestCreateConversation, Infer } from "../../../../utils/validators"

type GuestRequest = MedusaRequest<Infer<typeof GuestCreateConversation>> & { guest_id: string }

/** POST /store/support/guest/conversations: a guest starts a live chat. */
export async function POST(req: GuestRequest, res: MedusaResponse) {
  const { body, name, email, subject } = req.validatedBody
  const { result } = await createConversationWorkflow(req.scope).run({
    input: { kind: "chat", subject, guest_id: req.guest_id, guest_name: name, guest_email: email, body, author: { type: "guest", id: req.guest_id } },
  })
  res.status(201).json({ conversation: await conversationWithMessages(req.scope, { id: result.conversation.id, guest_id: req.guest_id }, { staff: false }) })
}
