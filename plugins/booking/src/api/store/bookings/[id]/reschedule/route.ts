import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { languageOf } from "@tailoc/shop-locale"
import { rescheduleBookingWorkflow } from "../../../../../workflows/booking/reschedule-booking"
import { queryBooking, STORE_BOOKING_FIELDS } from "../../../../utils/bookings"
import type { Infer, RescheduleBooking } from "../../../../utils/validators"

export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof RescheduleBooking>>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  await rescheduleBookingWorkflow(req.scope).run({
    input: {
      booking_id: req.params.id,
      starts_at: req.validatedBody.starts_at,
      actor: { type: "customer", id: customerId },
      language: languageOf(req),
    },
  })
  res.json({ booking: await queryBooking(req.scope, STORE_BOOKING_FIELDS, { id: req.params.id, customer_id: customerId }) })
}
