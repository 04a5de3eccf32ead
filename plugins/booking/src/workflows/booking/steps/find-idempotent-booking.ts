import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { BookingErrors } from "../../../modules/booking/utils/messages"

export type FindIdempotentBookingInput = {
  customer_id?: string | null
  idempotency_key?: string | null
  idempotency_fingerprint?: string | null
  language?: ShopLanguage
}

/**
 * The booking an earlier request with the same Idempotency-Key made, or null. Looked up
 * before the slot is checked, because by now that slot is held by this very booking; the
 * workflow holds a lock on the key meanwhile, so a concurrent repeat waits and finds it here.
 */
export const findIdempotentBookingStep = createStep(
  "find-idempotent-booking",
  async (input: FindIdempotentBookingInput, { container }) => {
    if (!input.customer_id || !input.idempotency_key) return new StepResponse(null)
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    const [earlier] = await bookingService.listBookings({ customer_id: input.customer_id, idempotency_key: input.idempotency_key })
    if (earlier && earlier.idempotency_fingerprint !== input.idempotency_fingerprint) {
      throw BookingErrors.idempotencyKeyReused(input.language ?? "en")
    }
    return new StepResponse(earlier ?? null)
  }
)
