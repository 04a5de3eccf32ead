import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateBookingStatusWorkflow } from "../../../../../workflows/booking/update-booking-status"
import { ADMIN_BOOKING_FIELDS, queryBooking } from "../../../../utils/bookings"
import type { ChangeBookingStatus, Infer } from "../../../../utils/validators"
import { staffLanguageOf } from "../../../../utils/staff-access"

export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof ChangeBookingStatus>>, res: MedusaResponse) {
  await updateBookingStatusWorkflow(req.scope).run({
    input: { booking_id: req.params.id, ...req.validatedBody, actor: { type: "user", id: req.auth_context.actor_id }, language: staffLanguageOf(req) },
  })
  res.json({ booking: await queryBooking(req.scope, ADMIN_BOOKING_FIELDS, { id: req.params.id }) })
}
