import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attachBookingsToOrderWorkflow } from "../workflows/booking/attach-bookings-to-order"

/** A booking's price or deposit is paid through a normal cart: its order confirms it. */
export default async function confirmPaidBookings({ event, container }: SubscriberArgs<{ id: string }>) {
  await attachBookingsToOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
