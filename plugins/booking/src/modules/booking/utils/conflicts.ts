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
