import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SHOP_TIME_ZONE } from "../modules/booking/utils/time-zone"

export type BookingTemplate =
  | "booking-requested"
  | "booking-confirmed"
  | "booking-changed"
  | "booking-cancelled"
  | "booking-reminder"

const when = new Intl.DateTimeFormat("vi-VN", {
  timeZone: SHOP_TIME_ZONE,
  weekday: "long",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
})

/**
 * E-mails the customer about their booking through Medusa's notification module. The
 * idempotency key makes a redelivered event or a retried job send nothing twice.
 */
export async function notifyCustomerOfBooking(
  container: MedusaContainer,
  bookingId: string,
  template: BookingTemplate,
  idempotencyKey: string
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "booking",
    fields: [
      "id",
      "status",
      "starts_at",
      "ends_at",
      "address",
      "contact_name",
      "contact_email",
      "cancellation_reason",
      "service.name",
      "technician.name",
      "technician.phone",
      "customer.email",
      "customer.first_name",
      "customer.last_name",
    ],
    filters: { id: bookingId },
  })
  const booking = data[0]
  if (!booking) {
    logger.warn(`[booking] notification ${template}: booking ${bookingId} no longer exists`)
    return
  }
  const to = booking.customer?.email ?? booking.contact_email
  if (!to) {
    logger.info(`[booking] notification ${template} for ${bookingId} skipped: no e-mail address on the booking`)
    return
  }

  const notifications = container.resolve(Modules.NOTIFICATION)
  await notifications.createNotifications({
    to,
    channel: "email",
    template,
    trigger_type: template,
    resource_id: booking.id,
    resource_type: "booking",
    idempotency_key: idempotencyKey,
    data: {
      booking_id: booking.id,
      status: booking.status,
      service: booking.service?.name,
      technician: booking.technician?.name,
      technician_phone: booking.technician?.phone,
      customer_name: booking.customer
        ? `${booking.customer.last_name ?? ""} ${booking.customer.first_name ?? ""}`.trim()
        : booking.contact_name,
      starts_at: booking.starts_at,
      starts_at_local: when.format(new Date(booking.starts_at)),
      time_zone: SHOP_TIME_ZONE,
      address: booking.address,
      cancellation_reason: booking.cancellation_reason,
    },
  })
}
