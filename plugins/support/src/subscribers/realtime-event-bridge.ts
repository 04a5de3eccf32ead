import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SUPPORT_MODULE } from "../modules/support"
import type SupportModuleService from "../modules/support/service"

/** Medusa and booking events, as the realtime events of the contract in ARCHITECTURE.md. */
const ORDER_EVENTS: Record<string, "order:created" | "order:updated"> = {
  "order.placed": "order:created",
  "order.updated": "order:updated",
  "order.canceled": "order:updated",
  "order.completed": "order:updated",
  "order.fulfillment_created": "order:updated",
  "order.fulfillment_canceled": "order:updated",
  "shipment.created": "order:updated",
  "delivery.created": "order:updated",
}

export default async function realtimeEventBridge({ event, container }: SubscriberArgs<Record<string, any>>) {
  const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  if (event.name.startsWith("booking.")) {
    const rooms = ["staff", ...(event.data.customer_id ? [`customer:${event.data.customer_id}`] : [])]
    if (event.data.technician_id) {
      const { data } = await query.graph({ entity: "technician", fields: ["user_id"], filters: { id: event.data.technician_id } })
      if (data[0]?.user_id) rooms.push(`user:${data[0].user_id}`)
    }
    return support.emitRealtime(rooms, "booking:updated", { ...event.data, event: event.name })
  }

  if (event.name.startsWith("inventory.inventory-level.")) {
    const { data } = await query.graph({
      entity: "inventory_level",
      fields: ["id", "location_id", "stocked_quantity", "reserved_quantity", "inventory_item.variants.id", "inventory_item.variants.product_id"],
      filters: { id: event.data.id },
    })
    const level = data[0]
    if (!level) return
    for (const variant of level.inventory_item?.variants ?? []) {
      await support.emitRealtime([`product:${variant.product_id}`, "staff"], "inventory:updated", {
        product_id: variant.product_id,
        variant_id: variant.id,
        location_id: level.location_id,
        stocked_quantity: level.stocked_quantity,
        reserved_quantity: level.reserved_quantity,
        available_quantity: Number(level.stocked_quantity) - Number(level.reserved_quantity),
      })
    }
    return
  }

  const realtimeEvent = ORDER_EVENTS[event.name]
  const orderId = event.data.order_id ?? event.data.id
  if (!realtimeEvent || !orderId) return
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status", "customer_id", "total", "currency_code", "payment_status", "fulfillment_status"],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) return
  const rooms = ["staff", ...(order.customer_id ? [`customer:${order.customer_id}`] : [])]
  await support.emitRealtime(rooms, realtimeEvent, { ...order, event: event.name })
}

export const config: SubscriberConfig = {
  event: [
    ...Object.keys(ORDER_EVENTS),
    "booking.created",
    "booking.updated",
    "booking.cancelled",
    "inventory.inventory-level.created",
    "inventory.inventory-level.updated",
  ],
}
