import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** Conflicts whose message tells the customer what to do, e.g. "this slot was just taken". */
const EXPLAINED_CONFLICTS = new Set(["slot_unavailable"])

const medusaErrorHandler = errorHandler()

/**
 * Medusa answers every 409 with a generic "retry with the Idempotency-Key" text. That is
 * right for its own transaction races, wrong for a booking whose slot was taken: those
 * conflicts keep their own message.
 */
export function shopErrorHandler(error: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (error?.type === MedusaError.Types.CONFLICT && EXPLAINED_CONFLICTS.has(error.code)) {
    return res.status(409).json({ type: error.type, code: error.code, message: error.message })
  }
  return medusaErrorHandler(error, req, res, next)
}
