import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attachBookingsToOrderWorkflow } from "../workflows/booking/attach-bookings-to-order"

/**
 * A booking's price or deposit is paid through a normal cart: its order confirms it. Almost no
 * order pays for a booking, so only the items' metadata is read first (no totals, no workflow)
 * and the workflow runs only when some line names a booking.
 */
export default async function confirmPaidBookings({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["items.metadata"], filters: { id: event.data.id } })
  const paysForBooking = (data[0]?.items ?? []).some((item) => typeof item?.metadata?.booking_id === "string")
  if (!paysForBooking) return
  await attachBookingsToOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
