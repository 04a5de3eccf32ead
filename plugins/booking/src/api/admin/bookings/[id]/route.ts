import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ADMIN_BOOKING_FIELDS, queryBooking } from "../../../utils/bookings"

/** GET /admin/bookings/:id: the booking with its full history. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const booking = await queryBooking(req.scope, [...ADMIN_BOOKING_FIELDS, "history.*"], { id: req.params.id })
  booking.history = [...(booking.history ?? [])].sort(
    (a: { created_at: string }, b: { created_at: string }) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  )
  res.json({ booking })
}
