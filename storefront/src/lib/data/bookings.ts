import "server-only"
import { sdk } from "../config"
import { getAuthHeaders } from "./cookies"

export type BookingHistoryEntry = {
  action: "created" | "rescheduled" | "reassigned" | "status_changed" | "cancelled" | "attached_to_order"
  actor_type: "customer" | "user" | "system"
  from_status: string | null
  to_status: string | null
  created_at: string
}

/** A customer's booking as `GET /store/bookings` shows it. */
export type Booking = {
  id: string
  status: "requested" | "confirmed" | "in_progress" | "completed" | "cancelled" | "no_show"
  starts_at: string
  ends_at: string
  address: { address_1?: string; address_2?: string; ward?: string; city?: string; phone?: string } | null
  province_code: string | null
  notes: string | null
  cancelled_at: string | null
  cancellation_reason: string | null
  created_at: string
  service: { id: string; name: string; handle: string; duration_minutes: number; price: number } | null
  technician: { id: string; name: string } | null
  history?: BookingHistoryEntry[]
}

const request = async (locale: string) => ({ ...(await getAuthHeaders()), "accept-language": locale })

/** The logged-in customer's bookings (newest first); null without a login. */
export async function listBookings(locale: string): Promise<Booking[] | null> {
  const headers = await request(locale)
  if (!("authorization" in headers)) return null
  const { bookings } = await sdk.client.fetch<{ bookings: Booking[] }>("/store/bookings", {
    headers,
    query: { limit: 100 },
    cache: "no-store",
  })
  return bookings
}

/** One of the customer's own bookings, or undefined (someone else's is "not found" too). */
export async function getBooking(id: string, locale: string): Promise<Booking | undefined> {
  const headers = await request(locale)
  if (!("authorization" in headers)) return undefined
  try {
    const { booking } = await sdk.client.fetch<{ booking: Booking }>(`/store/bookings/${encodeURIComponent(id)}`, { headers, cache: "no-store" })
    return booking
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw error
  }
}
