/**
 * Codes of the 409s a customer can act on. The shop's error handler passes a conflict with
 * one of these codes through with its own message.
 */
export const SLOT_UNAVAILABLE = "slot_unavailable"
export const CUSTOMER_ALREADY_BOOKED = "customer_already_booked"
export const LIVE_BOOKING_LIMIT = "live_booking_limit"

/** The exclusion constraint that keeps one technician's bookings apart (see migrations). */
export const NO_OVERLAP_CONSTRAINT = "booking_technician_no_overlap"
/** The exclusion constraint that keeps one customer's live appointments apart (see migrations). */
export const CUSTOMER_NO_OVERLAP_CONSTRAINT = "booking_customer_no_overlap"

type DriverError = { code?: string; message?: string; constraint?: string } | undefined

/**
 * Which of the two exclusion constraints PostgreSQL refused, however the driver wraps the
 * error; undefined for any other error.
 */
export function violatedOverlapConstraint(error: unknown): string | undefined {
  const candidate = error as DriverError
  for (const constraint of [CUSTOMER_NO_OVERLAP_CONSTRAINT, NO_OVERLAP_CONSTRAINT]) {
    if (candidate?.constraint === constraint || candidate?.message?.includes(constraint)) return constraint
  }
  return undefined
}
