import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { languageOf } from "@tailoc/shop-locale"
import { cancelBookingWorkflow } from "../../../../../workflows/booking/cancel-booking"
import { queryBooking, STORE_BOOKING_FIELDS } from "../../../../utils/bookings"
import type { CancelBooking, Infer } from "../../../../utils/validators"

export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof CancelBooking>>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  await cancelBookingWorkflow(req.scope).run({
    input: { booking_id: req.params.id, reason: req.validatedBody.reason, actor: { type: "customer", id: customerId }, language: languageOf(req) },
  })
  res.json({ booking: await queryBooking(req.scope, STORE_BOOKING_FIELDS, { id: req.params.id, customer_id: customerId }) })
}
