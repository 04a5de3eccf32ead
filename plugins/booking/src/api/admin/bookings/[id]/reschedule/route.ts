import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rescheduleBookingWorkflow } from "../../../../../workflows/booking/reschedule-booking"
import { ADMIN_BOOKING_FIELDS, queryBooking } from "../../../../utils/bookings"
import type { Infer, RescheduleBooking } from "../../../../utils/validators"
import { staffLanguageOf } from "../../../../utils/staff-access"

export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof RescheduleBooking>>, res: MedusaResponse) {
  await rescheduleBookingWorkflow(req.scope).run({
    input: { booking_id: req.params.id, starts_at: req.validatedBody.starts_at, actor: { type: "user", id: req.auth_context.actor_id }, language: staffLanguageOf(req) },
  })
  res.json({ booking: await queryBooking(req.scope, ADMIN_BOOKING_FIELDS, { id: req.params.id }) })
}
