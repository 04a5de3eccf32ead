import CustomerModule from "@medusajs/medusa/customer"
import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"

// The booking row holds customer_id itself; the link lets query.graph read the customer.
export default defineLink(
  { linkable: BookingModule.linkable.booking, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
