import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export type CreateBookingData = {
  service_id: string
  technician_id: string
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
}

export const createBookingStep = createStep(
  "create-booking",
  async (data: CreateBookingData, { container }) => {
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    const [booking] = await bookingService.scheduleBookings([data])
    return new StepResponse(booking, booking.id)
  },
  async (bookingId, { container }) => {
    if (!bookingId) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.deleteBookings(bookingId)
  }
)
