import {
  errorHandler,
  getHttpResponseFromError,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { languageOf } from "@tailoc/shop-locale"
import { inputErrorResponse } from "./input-errors"

/** Conflicts whose message tells the customer what to do, e.g. "this slot was just taken". */
const EXPLAINED_CONFLICTS = new Set(["slot_unavailable", "customer_already_booked", "live_booking_limit"])

const medusaErrorHandler = errorHandler()

/**
 * Medusa answers every 409 with a generic "retry with the Idempotency-Key" text. That is
 * right for its own transaction races, wrong for a booking whose slot was taken: those
 * conflicts keep their own message.
 *
 * Medusa also answers 500 for failures the caller caused (a badly encoded path, a value
 * PostgreSQL refuses); those become a 4xx that says what is wrong. A real server fault is
 * still a 500, logged with the request it broke.
 */
export function shopErrorHandler(error: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  if (error?.type === MedusaError.Types.CONFLICT && EXPLAINED_CONFLICTS.has(error.code)) {
    res.status(409).json({ type: error.type, code: error.code, message: error.message })
    return
  }

  const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER) ?? console
  const inputError = inputErrorResponse(error, languageOf(req))
  if (inputError) {
    // A driver's message quotes the whole SQL statement; the start says enough.
    logger.info(`${req.method} ${req.path} → ${inputError.status} (${error?.code ?? error?.type ?? error?.name}): ${String(error?.message ?? error).slice(0, 200)}`)
    res.status(inputError.status).json(inputError.body)
    return
  }

  const { statusCode, body } = getHttpResponseFromError(error)
  if (statusCode >= 500) {
    logger.error(`${req.method} ${req.path} failed with a server error`, error)
    res.status(statusCode).json(body)
    return
  }
  medusaErrorHandler(error, req, res, next)
}
