import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"
import { realtimeOf } from "../../../../modules/support/realtime"

/** How long a socket token lasts: long enough to connect; clients ask for a new one on every (re)connect. */
export const STORE_REALTIME_TOKEN_TTL_SECONDS = 5 * 60

/**
 * POST /store/support/realtime-token: the storefront keeps the customer's login in an httpOnly
 * cookie, which the browser's socket cannot send to the gateway; this gives it a short-lived
 * token naming only the customer (no auth identity), as /admin/support/realtime-token does
 * for staff. The gateway verifies it with the project's JWT secret, so for its five minutes
 * it would also pass Medusa's bearer check on customer routes: keep it short, ask for it
 * over the logged-in storefront's own server, never store it.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const token = jwt.sign({ actor_type: "customer", actor_id: req.auth_context.actor_id }, config.projectConfig.http.jwtSecret as string, {
    expiresIn: STORE_REALTIME_TOKEN_TTL_SECONDS,
  })
  res.json({
    token,
    expires_at: new Date(Date.now() + STORE_REALTIME_TOKEN_TTL_SECONDS * 1000).toISOString(),
    port: realtimeOf(req.scope)?.port ?? null,
  })
}
