import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateBookingStatusWorkflow } from "../../../../../workflows/booking/update-booking-status"
import { ADMIN_BOOKING_FIELDS, queryBooking } from "../../../../utils/bookings"
import { staffLanguageOf, technicianOfRequest } from "../../../../utils/staff-access"
import type { ChangeMyJobStatus, Infer } from "../../../../utils/validators"

/** POST /admin/my-jobs/:id/status: the technician starts or completes their own job, with a note. */
export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof ChangeMyJobStatus>>, res: MedusaResponse) {
  const technician = await technicianOfRequest(req)
  await updateBookingStatusWorkflow(req.scope).run({
    input: {
      booking_id: req.params.id,
      status: req.validatedBody.status,
      note: req.validatedBody.note,
      technician_id: technician.id,
      actor: { type: "user", id: req.auth_context.actor_id },
      language: staffLanguageOf(req),
    },
  })
  res.json({ booking: await queryBooking(req.scope, ADMIN_BOOKING_FIELDS, { id: req.params.id }) })
}
