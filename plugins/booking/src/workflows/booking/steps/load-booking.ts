import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import {
  assertCustomerMayChange,
  assertStillOpen,
  type BookingActor,
  type BookingStatus,
} from "../../../modules/booking/utils/rules"

export type LoadBookingInput = {
  booking_id: string
  actor: BookingActor
  /** Time and technician changes need a booking that has not started or ended. */
  require_open?: boolean
}

/** The booking about to change, after the shop's rules for who may change it and when. */
export const loadBookingStep = createStep("load-booking", async (input: LoadBookingInput, { container }) => {
  const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
  const [booking] = await bookingService.listBookings({ id: input.booking_id }, { relations: ["service"] })
  if (!booking || (input.actor.type === "customer" && booking.customer_id !== input.actor.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Booking ${input.booking_id} was not found`)
  }
  if (input.require_open) assertStillOpen(booking.id, booking.status as BookingStatus)
  assertCustomerMayChange(booking, input.actor, bookingService.policy.customerChangeWindowHours, new Date())
  return new StepResponse(booking)
})
