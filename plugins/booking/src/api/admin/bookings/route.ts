import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createBookingWorkflow } from "../../../workflows/booking/create-booking"
import { ADMIN_BOOKING_FIELDS, queryBooking, queryBookings } from "../../utils/bookings"
import type { AdminCreateBooking, AdminListBookings, Infer } from "../../utils/validators"
import { staffLanguageOf } from "../../utils/staff-access"

/** GET /admin/bookings: filter by status, technician, customer, order and a time window. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, Infer<typeof AdminListBookings>>, res: MedusaResponse) {
  const { limit, offset, from, to, ...filters } = req.validatedQuery
  const window = {
    ...(from && { ends_at: { $gt: new Date(from) } }),
    ...(to && { starts_at: { $lt: new Date(to) } }),
  }
  const { bookings, count } = await queryBookings(
    req.scope,
    ADMIN_BOOKING_FIELDS,
    { ...filters, ...window },
    { skip: offset, take: limit, order: { starts_at: "ASC" } }
  )
  res.json({ bookings, count, limit, offset })
}

/** POST /admin/bookings: staff book for a customer (or a caller without an account). */
export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof AdminCreateBooking>>, res: MedusaResponse) {
  const { result } = await createBookingWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: { type: "user", id: req.auth_context.actor_id }, language: staffLanguageOf(req) },
  })
  res.status(201).json({ booking: await queryBooking(req.scope, ADMIN_BOOKING_FIELDS, { id: result.id }) })
}
