import CustomerModule from "@medusajs/medusa/customer"
import { defineLink } from "@medusajs/framework/utils"
import SupportModule from "../modules/support"

// The conversation holds customer_id itself; the link lets query.graph read the customer.
export default defineLink(
  { linkable: SupportModule.linkable.supportConversation, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
