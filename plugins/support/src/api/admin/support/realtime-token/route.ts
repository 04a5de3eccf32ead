import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"
import { realtimeOf } from "../../../../modules/support/realtime"

/**
 * POST /admin/support/realtime-token: Medusa Admin authenticates with a session cookie,
 * the gateway with a token; this turns the one into a short-lived instance of the other.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const token = jwt.sign({ actor_type: "user", actor_id: req.auth_context.actor_id }, config.projectConfig.http.jwtSecret as string, {
    expiresIn: "1h",
  })
  res.json({ token, port: realtimeOf(req.scope)?.port ?? null })
}
