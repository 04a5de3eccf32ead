import { MedusaError } from "@medusajs/framework/utils"

export type BookingStatus = "requested" | "confirmed" | "in_progress" | "completed" | "cancelled" | "no_show"
export type BookingActor = { type: "customer" | "user" | "system"; id?: string | null }

/** The life of a booking: requested → confirmed → in progress → completed, or cancelled / no-show. */
const TRANSITIONS: Record<BookingStatus, BookingStatus[]> = {
  requested: ["confirmed", "cancelled"],
  confirmed: ["in_progress", "cancelled", "no_show"],
  in_progress: ["completed"],
  completed: [],
  cancelled: [],
  no_show: [],
}

export function assertTransition(bookingId: string, from: BookingStatus, to: BookingStatus) {
  if (!TRANSITIONS[from]?.includes(to)) {
    const allowed = TRANSITIONS[from]?.length ? TRANSITIONS[from].join(", ") : "nothing (it is final)"
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Booking ${bookingId} is ${from} and cannot become ${to}; from ${from} it can become ${allowed}`
    )
  }
}

/** Whether the booking's time and technician may still change. */
export function assertStillOpen(bookingId: string, status: BookingStatus) {
  if (status !== "requested" && status !== "confirmed") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Booking ${bookingId} is ${status} and can no longer be changed`)
  }
}

/**
 * The shop's rule for customers: online, a booking may be moved or cancelled until
 * `windowHours` before it starts; later, they call the shop. Staff are not bound by it.
 */
export function assertCustomerMayChange(
  booking: { id: string; starts_at: Date | string },
  actor: BookingActor,
  windowHours: number,
  now: Date
) {
  if (actor.type !== "customer") return
  const hoursLeft = (new Date(booking.starts_at).getTime() - now.getTime()) / 3_600_000
  if (hoursLeft < windowHours) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Booking ${booking.id} starts in less than ${windowHours} hours and can no longer be changed online; please call the shop`
    )
  }
}
