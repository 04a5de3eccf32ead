/**
 * The booking flow's steps, as they appear in `/dich-vu/<service>/dat-lich?buoc=`; the
 * address step only for work done at the customer's place.
 */
export const BOOKING_STEPS = ["dia-chi", "thoi-gian", "lien-he", "xac-nhan"] as const
export type BookingStep = (typeof BOOKING_STEPS)[number]

/** What the visitor has entered so far (kept in an httpOnly cookie, never in the URL). */
export type BookingDraft = {
  service: string
  province?: string
  ward?: string
  street?: string
  starts_at?: string
  phone?: string
  notes?: string
  product?: string
}

export const stepsFor = (requiresAddress: boolean): BookingStep[] =>
  requiresAddress ? [...BOOKING_STEPS] : BOOKING_STEPS.filter((step) => step !== "dia-chi")

/** The furthest step a draft may open: each needs the ones before it done. */
export function furthestBookingStep(draft: BookingDraft | undefined, requiresAddress: boolean): BookingStep {
  if (requiresAddress && !(draft?.province && draft.ward && draft.street)) return "dia-chi"
  if (!draft?.starts_at) return "thoi-gian"
  if (!draft.phone) return "lien-he"
  return "xac-nhan"
}

/** The step to show for `?buoc=`: the one asked for when reached, else the furthest one open. */
export function resolveBookingStep(requested: unknown, draft: BookingDraft | undefined, requiresAddress: boolean): BookingStep {
  const steps = stepsFor(requiresAddress)
  const furthest = furthestBookingStep(draft, requiresAddress)
  const asked = steps.find((step) => step === requested)
  if (!asked) return furthest
  return steps.indexOf(asked) <= steps.indexOf(furthest) ? asked : furthest
}
