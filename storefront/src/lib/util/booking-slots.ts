import { SHOP_TIME_ZONE } from "./dates"

/** One open slot from `GET /store/booking-services/:id/availability`. */
export type Slot = { starts_at: string; ends_at: string; available_technicians?: number }
export type SlotDay = { date: string; slots: Slot[] }

const dayFormatter = new Intl.DateTimeFormat("en-CA", { timeZone: SHOP_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" })

/** The shop's local calendar day of an instant, "2026-12-07" (Asia/Ho_Chi_Minh, wherever this runs). */
export const localDay = (value: Date | string | number) => dayFormatter.format(value instanceof Date ? value : new Date(value))

/** "2026-12-07" plus `days` calendar days (no time zone involved: the date is already local). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number)
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

/** Every local day from `from` to `to` inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = []
  for (let day = from; day <= to && days.length < 366; day = addDays(day, 1)) days.push(day)
  return days
}

/**
 * Slots grouped by the local day they start on, each day's slots in time order; every day of
 * `days` is present (an empty day shows as "full" in the calendar rather than disappearing).
 */
export function groupSlotsByLocalDay(slots: Slot[], days?: string[]): SlotDay[] {
  const byDay = new Map<string, Slot[]>((days ?? []).map((day) => [day, []]))
  for (const slot of slots) {
    const day = localDay(slot.starts_at)
    if (days && !byDay.has(day)) continue
    const list = byDay.get(day) ?? []
    list.push(slot)
    byDay.set(day, list)
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({ date, slots: list.sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime()) }))
}

/** The shop's online rule: a customer may move or cancel a booking until this many hours before it. */
export const CHANGE_WINDOW_HOURS = 24

export type ChangeRule = { allowed: true } | { allowed: false; reason: "too_late" | "not_open" }

/** Whether the customer may still reschedule or cancel online; otherwise why not (shown before they try). */
export function customerMayChange(
  booking: { starts_at: string | Date; status: string },
  now: Date = new Date(),
  windowHours = CHANGE_WINDOW_HOURS
): ChangeRule {
  if (booking.status !== "requested" && booking.status !== "confirmed") return { allowed: false, reason: "not_open" }
  const hoursLeft = (new Date(booking.starts_at).getTime() - now.getTime()) / 3_600_000
  return hoursLeft >= windowHours ? { allowed: true } : { allowed: false, reason: "too_late" }
}

/** Statuses in which a booking is still ahead of the customer. */
export const LIVE_BOOKING_STATUSES = ["requested", "confirmed", "in_progress"]

/** Upcoming (live and not yet over, soonest first) and past (the rest, latest first). */
export function splitBookings<T extends { starts_at: string; ends_at?: string | null; status: string }>(bookings: T[], now: Date = new Date()) {
  const upcoming: T[] = []
  const past: T[] = []
  for (const booking of bookings) {
    const end = new Date(booking.ends_at ?? booking.starts_at).getTime()
    if (LIVE_BOOKING_STATUSES.includes(booking.status) && end >= now.getTime()) upcoming.push(booking)
    else past.push(booking)
  }
  const time = (booking: T) => new Date(booking.starts_at).getTime()
  upcoming.sort((a, b) => time(a) - time(b))
  past.sort((a, b) => time(b) - time(a))
  return { upcoming, past }
}
