import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** GET /store/booking-services: the services a customer can book. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "service_offering",
    fields: [
      "id",
      "handle",
      "name",
      "description",
      "duration_minutes",
      "price",
      "currency_code",
      "deposit_amount",
      "requires_address",
      "product_variant_id",
    ],
    filters: { is_active: true },
    pagination: { order: { name: "ASC" } },
  })
  res.json({ booking_services: data })
}
