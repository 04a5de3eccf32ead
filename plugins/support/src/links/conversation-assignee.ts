import UserModule from "@medusajs/medusa/user"
import { defineLink } from "@medusajs/framework/utils"
import SupportModule from "../modules/support"

// The admin user a conversation is assigned to.
export default defineLink(
  { linkable: SupportModule.linkable.supportConversation, field: "assignee_id" },
  UserModule.linkable.user,
  { readOnly: true }
)
