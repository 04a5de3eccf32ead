import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { BookingErrors } from "../../../modules/booking/utils/messages"
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
  /** A technician acting from the field: only their own jobs. */
  technician_id?: string
  /** Language of the errors; English for staff and internal callers. */
  language?: ShopLanguage
}

/** The booking about to change, after the shop's rules for who may change it and when. */
export const loadBookingStep = createStep("load-booking", async (input: LoadBookingInput, { container }) => {
  const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
  const [booking] = await bookingService.listBookings({ id: input.booking_id }, { relations: ["service"] })
  const language = input.language ?? "en"
  if (!booking || (input.actor.type === "customer" && booking.customer_id !== input.actor.id)) {
    throw BookingErrors.bookingNotFound(language)
  }
  if (input.technician_id && booking.technician_id !== input.technician_id) {
    throw BookingErrors.notYourJob(language)
  }
  if (input.require_open) assertStillOpen(booking.status as BookingStatus, language)
  assertCustomerMayChange(booking, input.actor, bookingService.policy.customerChangeWindowHours, new Date(), language)
  return new StepResponse(booking)
})
