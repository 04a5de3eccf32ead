import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import SupportModule from "../modules/support"

export default defineLink(
  { linkable: SupportModule.linkable.supportConversation, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
