import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A ticket may be about an order only when that order is the customer's own. */
export const checkOrderBelongsToCustomerStep = createStep(
  "check-order-belongs-to-customer",
  async ({ order_id, customer_id }: { order_id?: string | null; customer_id?: string | null }, { container }) => {
    if (!order_id) return new StepResponse(undefined)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: order_id } })
    if (!data.length || (customer_id && data[0].customer_id !== customer_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
    }
    return new StepResponse(undefined)
  }
)
