import { model } from "@medusajs/framework/utils"
import Booking from "./booking"

/** Who changed what on a booking, and when: the record staff and customers can trust. */
const BookingHistory = model
  .define("booking_history", {
    id: model.id({ prefix: "bkh" }).primaryKey(),
    action: model.enum(["created", "rescheduled", "reassigned", "status_changed", "cancelled", "attached_to_order"]),
    actor_type: model.enum(["customer", "user", "system"]),
    actor_id: model.text().nullable(),
    from_status: model.text().nullable(),
    to_status: model.text().nullable(),
    changes: model.json().nullable(),
    booking: model.belongsTo(() => Booking, { mappedBy: "history" }),
  })
  .indexes([{ on: ["booking_id", "created_at"] }])

export default BookingHistory
