import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { languageOf } from "@tailoc/shop-locale"
import { createBookingWorkflow } from "../../../workflows/booking/create-booking"
import { idempotencyKeyOf, queryBooking, queryBookings, STORE_BOOKING_FIELDS } from "../../utils/bookings"
import type { Infer, StoreCreateBooking, StoreListBookings } from "../../utils/validators"

/** GET /store/bookings: the logged-in customer's bookings, soonest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, Infer<typeof StoreListBookings>>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const { bookings, count } = await queryBookings(
    req.scope,
    STORE_BOOKING_FIELDS,
    { customer_id: req.auth_context.actor_id },
    { skip: offset, take: limit, order: { starts_at: "DESC" } }
  )
  res.json({ bookings, count, limit, offset })
}

/**
 * POST /store/bookings: book a service for the logged-in customer. With an Idempotency-Key
 * header, repeating the request (a double click, a client retrying) returns the same booking.
 */
export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof StoreCreateBooking>>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const language = languageOf(req)
  const { result } = await createBookingWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      customer_id: customerId,
      actor: { type: "customer", id: customerId },
      idempotency_key: idempotencyKeyOf(req, language),
      language,
    },
  })
  const booking = await queryBooking(req.scope, STORE_BOOKING_FIELDS, { id: result.id, customer_id: customerId })
  res.status(201).json({ booking })
}
