import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { claimGuestConversationsWorkflow } from "../../../../../workflows/support/claim-guest-conversations"
import { readGuestToken } from "../../../../utils/guest"
import type { ClaimGuestConversations, Infer } from "../../../../utils/validators"

/**
 * POST /store/support/conversations/claim: after logging in, the customer takes over the
 * chats they started as a guest; the guest token opens them no more.
 */
export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof ClaimGuestConversations>>, res: MedusaResponse) {
  const guestId = readGuestToken(req, req.validatedBody.guest_token)
  if (!guestId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "guest_token is not a valid guest chat token (it may have expired)")
  const { result } = await claimGuestConversationsWorkflow(req.scope).run({ input: { guest_id: guestId, customer_id: req.auth_context.actor_id } })
  res.json({ conversation_ids: result })
}
