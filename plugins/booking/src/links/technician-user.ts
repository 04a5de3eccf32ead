import UserModule from "@medusajs/medusa/user"
import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"

export default defineLink(
  { linkable: BookingModule.linkable.technician, field: "user_id" },
  UserModule.linkable.user,
  { readOnly: true }
)
