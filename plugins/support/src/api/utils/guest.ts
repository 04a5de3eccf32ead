import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"

export const GUEST_TOKEN_TTL_SECONDS = 2 * 60 * 60

const secretOf = (req: MedusaRequest) =>
  req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string

export function signGuestToken(req: MedusaRequest, guestId: string) {
  return jwt.sign({ actor_type: "guest", actor_id: guestId }, secretOf(req), { expiresIn: GUEST_TOKEN_TTL_SECONDS })
}

/** The guest id a guest chat token names, or undefined when the token is missing, forged or expired. */
export function readGuestToken(req: MedusaRequest, token: unknown): string | undefined {
  if (typeof token !== "string" || !token) return undefined
  try {
    const claims = jwt.verify(token, secretOf(req)) as { actor_type?: string; actor_id?: string }
    return claims.actor_type === "guest" && claims.actor_id ? claims.actor_id : undefined
  } catch {
    return undefined
  }
}

/** Guest chat routes: a valid `x-guest-token` header, or 401. */
export function requireGuest(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const guestId = readGuestToken(req, req.headers["x-guest-token"])
  if (!guestId) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "A valid x-guest-token header is required; get one from POST /store/support/guest-token"))
  }
  ;(req as MedusaRequest & { guest_id: string }).guest_id = guestId
  next()
}
