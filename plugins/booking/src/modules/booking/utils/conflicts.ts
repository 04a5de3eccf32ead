/**
 * Code of the 409 a customer gets when their slot is no longer free. The shop's error
 * handler passes a conflict with this code through with its own message.
 */
export const SLOT_UNAVAILABLE = "slot_unavailable"

/** The exclusion constraint that keeps one technician's bookings apart (see migrations). */
export const NO_OVERLAP_CONSTRAINT = "booking_technician_no_overlap"

/** True for PostgreSQL's exclusion_violation on that constraint, however the driver wraps it. */
export function isOverlapViolation(error: unknown): boolean {
  const candidate = error as { code?: string; message?: string; constraint?: string } | undefined
  return (
    candidate?.code === "23P01" ||
    candidate?.constraint === NO_OVERLAP_CONSTRAINT ||
    Boolean(candidate?.message?.includes(NO_OVERLAP_CONSTRAINT))
  )
}
