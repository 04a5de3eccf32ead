import type { ShopLanguage } from "@tailoc/shop-locale"
import { BookingErrors } from "./messages"

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

export function assertTransition(from: BookingStatus, to: BookingStatus, language: ShopLanguage = "en") {
  if (!TRANSITIONS[from]?.includes(to)) {
    throw BookingErrors.transition(language, from, to, TRANSITIONS[from] ?? [])
  }
}

/** Whether the booking's time and technician may still change. */
export function assertStillOpen(status: BookingStatus, language: ShopLanguage = "en") {
  if (status !== "requested" && status !== "confirmed") {
    throw BookingErrors.notOpen(language, status)
  }
}

/**
 * The shop's rule for customers: online, a booking may be moved or cancelled until
 * `windowHours` before it starts; later, they call the shop. Staff are not bound by it.
 */
export function assertCustomerMayChange(
  booking: { starts_at: Date | string },
  actor: BookingActor,
  windowHours: number,
  now: Date,
  language: ShopLanguage = "en"
) {
  if (actor.type !== "customer") return
  const hoursLeft = (new Date(booking.starts_at).getTime() - now.getTime()) / 3_600_000
  if (hoursLeft < windowHours) {
    throw BookingErrors.changeWindowClosed(language, windowHours)
  }
}
