import "server-only"
import { sdk } from "../config"
import type { Slot } from "../util/booking-slots"
import { cacheTags } from "./cache-tags"

/** A service customers can book (plugins/booking: `GET /store/booking-services`). */
export type BookingService = {
  id: string
  handle: string
  name: string
  description: string | null
  duration_minutes: number
  price: number
  currency_code: string
  deposit_amount: number | null
  requires_address: boolean
  /** Booking province codes ("vn-sg", "vn-hn") a technician able to do it serves. */
  service_provinces?: string[]
}

export async function listBookingServices(): Promise<BookingService[]> {
  const { booking_services } = await sdk.client.fetch<{ booking_services: BookingService[] }>("/store/booking-services", {
    next: { tags: [cacheTags.bookingServices], revalidate: 3600 },
    cache: "force-cache",
  })
  return booking_services
}

export async function getBookingServiceByHandle(handle: string): Promise<BookingService | undefined> {
  return (await listBookingServices()).find((service) => service.handle === handle)
}

export type Availability = { time_zone: string; slots: Slot[] }

/**
 * Open slots of a service between two local days (inclusive), for a province when the work is
 * on site. Never cached: a slot taken a second ago must disappear. The backend words its
 * errors in the visitor's language (Accept-Language).
 */
export async function getAvailability(
  serviceId: string,
  { from, to, provinceCode, locale }: { from: string; to: string; provinceCode?: string; locale: string }
): Promise<Availability> {
  return sdk.client.fetch<Availability>(`/store/booking-services/${encodeURIComponent(serviceId)}/availability`, {
    query: { from, to, ...(provinceCode ? { province_code: provinceCode } : {}) },
    headers: { "accept-language": locale },
    cache: "no-store",
  })
}
