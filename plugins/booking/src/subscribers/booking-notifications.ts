import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyCustomerOfBooking, type BookingTemplate } from "../notifications/booking-notification"

type BookingEvent = {
  id: string
  /** The history entry of the change: one e-mail per change, even if the event comes twice. */
  history_id: string
  status: string
  change?: "rescheduled" | "reassigned" | "status"
  previous_status?: string
}

/** Which e-mail a booking event deserves, if any: starting and finishing a job send none. */
function templateFor(name: string, event: BookingEvent): BookingTemplate | undefined {
  if (name === "booking.cancelled") return "booking-cancelled"
  if (name === "booking.created") return event.status === "confirmed" ? "booking-confirmed" : "booking-requested"
  if (event.change === "rescheduled" || event.change === "reassigned") return "booking-changed"
  if (event.change === "status" && event.status === "confirmed") return "booking-confirmed"
  return undefined
}

export default async function bookingNotifications({ event, container }: SubscriberArgs<BookingEvent>) {
  const template = templateFor(event.name, event.data)
  if (!template) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await notifyCustomerOfBooking(container, event.data.id, template, `${template}:${event.data.history_id}`)
  } catch (error) {
    logger.error(`[booking] could not send ${template} for ${event.data.id}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: ["booking.created", "booking.updated", "booking.cancelled"],
}
