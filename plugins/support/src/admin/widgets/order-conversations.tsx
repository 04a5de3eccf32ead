import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { ConversationList } from "../components/conversation-list"

const OrderConversationsWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => (
  <ConversationList title="Yêu cầu hỗ trợ về đơn hàng" filter={`order_id=${order.id}`} hideWhenEmpty />
)

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderConversationsWidget
