import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { ConversationList } from "../components/conversation-list"

const CustomerConversationsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => (
  <ConversationList title="Yêu cầu hỗ trợ" filter={`customer_id=${customer.id}`} />
)

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerConversationsWidget
