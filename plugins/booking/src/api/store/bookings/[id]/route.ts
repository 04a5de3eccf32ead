import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { queryBooking, STORE_BOOKING_FIELDS } from "../../../utils/bookings"

/** GET /store/bookings/:id: one of the customer's own bookings; anyone else's is "not found". */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const booking = await queryBooking(req.scope, STORE_BOOKING_FIELDS, {
    id: req.params.id,
    customer_id: req.auth_context.actor_id,
  })
  res.json({ booking })
}
