import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export type UpdateBookingInput = { id: string; update: Record<string, unknown>; language?: ShopLanguage }

/** Changes a booking and remembers the previous values of what it changed, to put them back. */
export const updateBookingStep = createStep(
  "update-booking",
  async ({ id, update, language }: UpdateBookingInput, { container }) => {
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    const before = (await bookingService.retrieveBooking(id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(update).map((key) => [key, before[key] ?? null]))
    const booking = await bookingService.rescheduleBooking(id, update, language)
    return new StepResponse(booking, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.rescheduleBooking(undo.id, undo.previous)
  }
)
