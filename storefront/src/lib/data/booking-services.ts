import "server-only"
import { sdk } from "../config"
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
}

export async function listBookingServices(): Promise<BookingService[]> {
  const { booking_services } = await sdk.client.fetch<{ booking_services: BookingService[] }>("/store/booking-services", {
    next: { tags: [cacheTags.bookingServices], revalidate: 3600 },
    cache: "force-cache",
  })
  return booking_services
}
