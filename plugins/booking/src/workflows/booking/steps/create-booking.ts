import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { SLOT_UNAVAILABLE } from "../../../modules/booking/utils/conflicts"
import { BookingErrors } from "../../../modules/booking/utils/messages"

export type CreateBookingData = {
  service_id: string
  /** Free technicians for the slot, preferred first. */
  technician_ids: string[]
  customer_id?: string | null
  contact_name?: string | null
  contact_phone?: string | null
  contact_email?: string | null
  starts_at: Date
  ends_at: Date
  blocked_from: Date
  blocked_until: Date
  status?: "requested" | "confirmed"
  address?: Record<string, unknown> | null
  province_code?: string | null
  notes?: string | null
  idempotency_key?: string | null
  idempotency_fingerprint?: string | null
  /** A customer booking for themselves is held to the cap on live bookings. */
  limit_live_bookings?: boolean
  language?: ShopLanguage
}

/**
 * Creates the booking with the first technician still free. When a concurrent request takes
 * that technician between the availability check and the insert (PostgreSQL refuses the
 * overlap), the next free one is tried, so a slot is only refused once nobody is left.
 * Returns the earlier booking, uncreated, when the idempotency key was already used.
 */
export const createBookingStep = createStep(
  "create-booking",
  async ({ technician_ids, limit_live_bookings, language, ...data }: CreateBookingData, { container }) => {
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    for (const technicianId of technician_ids) {
      try {
        const placed = await bookingService.placeBooking(
          { ...data, technician_id: technicianId },
          { language, limitLiveBookings: limit_live_bookings }
        )
        return new StepResponse(placed, placed.created ? placed.booking.id : undefined)
      } catch (error) {
        const taken = MedusaError.isMedusaError(error) && error.code === SLOT_UNAVAILABLE
        if (!taken) throw error
      }
    }
    throw BookingErrors.slotTaken(language ?? "en", data.starts_at)
  },
  async (bookingId, { container }) => {
    if (!bookingId) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.deleteBookings(bookingId)
  }
)
