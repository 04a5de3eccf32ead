import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"

// Set when the booking's price or deposit was paid through a normal cart and order.
export default defineLink(
  { linkable: BookingModule.linkable.booking, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
