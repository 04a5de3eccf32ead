import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REALTIME_MODULE, Rooms, ServerEvents, type OrderEventPayload, type Room } from "@tailoc/realtime-contract"
import type RealtimeModuleService from "../modules/realtime/service"

/** Medusa's order, fulfilment and shipment events, as the realtime events of the contract. */
const ORDER_EVENTS: Record<string, typeof ServerEvents.orderCreated | typeof ServerEvents.orderUpdated> = {
  "order.placed": ServerEvents.orderCreated,
  "order.updated": ServerEvents.orderUpdated,
  "order.canceled": ServerEvents.orderUpdated,
  "order.completed": ServerEvents.orderUpdated,
  "order.fulfillment_created": ServerEvents.orderUpdated,
  "order.fulfillment_canceled": ServerEvents.orderUpdated,
  "shipment.created": ServerEvents.orderUpdated,
  "delivery.created": ServerEvents.orderUpdated,
}
const INVENTORY_EVENTS = ["inventory.inventory-level.created", "inventory.inventory-level.updated"]

/**
 * Order and stock changes pushed to whoever watches them. Nothing is read while nobody can be
 * listening, and an order is read only for what the event carries: asking for totals would
 * make Medusa compute them on every order placed.
 */
export default async function coreEventBridge({ event, container }: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const realtime: RealtimeModuleService = container.resolve(REALTIME_MODULE)
  if (!realtime.mayHaveListeners()) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  if (INVENTORY_EVENTS.includes(event.name)) {
    const { data } = await query.graph({
      entity: "inventory_level",
      fields: ["id", "location_id", "stocked_quantity", "reserved_quantity", "inventory_item.variants.id", "inventory_item.variants.product_id"],
      filters: { id: event.data.id },
    })
    const level = data[0]
    if (!level) return
    for (const variant of level.inventory_item?.variants ?? []) {
      if (!variant) continue
      await realtime.emit([Rooms.product(variant.product_id!), Rooms.staff], ServerEvents.inventoryUpdated, {
        product_id: variant.product_id!,
        variant_id: variant.id,
        location_id: level.location_id,
        stocked_quantity: Number(level.stocked_quantity),
        reserved_quantity: Number(level.reserved_quantity),
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
    fields: ["id", "display_id", "status", "customer_id", "currency_code"],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) return
  const payload: OrderEventPayload = {
    id: order.id,
    display_id: order.display_id ?? null,
    status: order.status,
    customer_id: order.customer_id ?? null,
    currency_code: order.currency_code,
    event: event.name,
  }
  const rooms: Room[] = [Rooms.staff, ...(order.customer_id ? [Rooms.customer(order.customer_id)] : [])]
  await realtime.emit(rooms, realtimeEvent, payload)
}

export const config: SubscriberConfig = { event: [...Object.keys(ORDER_EVENTS), ...INVENTORY_EVENTS] }
