import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { contactMatches, issueOrderAccess, ORDER_MESSAGES, refusal } from "../access"
import { storeOrderLookupFields } from "../query-config"
import type { StoreLookupOrderType } from "../validators"

/**
 * POST /store/orders/lookup: a guest finds their order by its number and the e-mail or phone
 * it was placed with, and gets the order (the fields of GET /store/orders/:id) with a fresh
 * `order_access_token`. Rate-limited in the middlewares; one 404 for every mismatch.
 */
export async function POST(req: MedusaRequest<StoreLookupOrderType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { order_number, email, phone } = req.validatedBody

  const { data } = await query.graph({
    entity: "order",
    fields: storeOrderLookupFields,
    // display_id is an integer column; the generated filter type only knows strings.
    filters: { display_id: String(order_number), is_draft_order: false },
  })
  const order = data.find((candidate) => contactMatches(candidate, { email, phone }))
  if (!order) throw refusal(req, MedusaError.Types.NOT_FOUND, ORDER_MESSAGES.lookupNoMatch)

  res.json({ order, ...issueOrderAccess(req.scope, order.id) })
}
