import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateEntityId } from "@medusajs/framework/utils"
import { GUEST_TOKEN_TTL_SECONDS, signGuestToken } from "../../../utils/guest"

/** POST /store/support/guest-token: a short-lived identity for a visitor who wants to chat before logging in. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const guestId = generateEntityId(undefined, "guest")
  res.status(201).json({
    guest_id: guestId,
    token: signGuestToken(req, guestId),
    expires_at: new Date(Date.now() + GUEST_TOKEN_TTL_SECONDS * 1000).toISOString(),
  })
}
