import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelBookingWorkflow } from "../../../../../workflows/booking/cancel-booking"
import { ADMIN_BOOKING_FIELDS, queryBooking } from "../../../../utils/bookings"
import type { CancelBooking, Infer } from "../../../../utils/validators"
import { staffLanguageOf } from "../../../../utils/staff-access"

export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof CancelBooking>>, res: MedusaResponse) {
  await cancelBookingWorkflow(req.scope).run({
    input: { booking_id: req.params.id, reason: req.validatedBody.reason, actor: { type: "user", id: req.auth_context.actor_id }, language: staffLanguageOf(req) },
  })
  res.json({ booking: await queryBooking(req.scope, ADMIN_BOOKING_FIELDS, { id: req.params.id }) })
}
