import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"
import { notifyCustomerOfBooking } from "../notifications/booking-notification"

export const REMINDER_HORIZON_HOURS = 24

/**
 * Reminds customers of confirmed bookings starting within 24 hours. Each booking is
 * claimed by exactly one run (see claimDueReminders), however many workers run this job.
 */
export default async function sendBookingReminders(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
  const claimed = await bookingService.claimDueReminders(new Date(), REMINDER_HORIZON_HOURS)
  for (const bookingId of claimed) {
    try {
      await notifyCustomerOfBooking(container, bookingId, "booking-reminder", `booking-reminder:${bookingId}`)
    } catch (error) {
      logger.error(`[booking] reminder for ${bookingId} failed: ${(error as Error).message}`)
    }
  }
  if (claimed.length) logger.info(`[booking] sent ${claimed.length} booking reminder(s)`)
  return claimed
}

export const config = {
  name: "send-booking-reminders",
  schedule: "*/10 * * * *",
}
