import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import { BookingErrors } from "../../../modules/booking/utils/messages"

/**
 * Staff book for a customer they picked by id: the id must name a real customer, or the
 * booking would belong to nobody's account. Reads only; nothing to undo.
 */
export const assertCustomerExistsStep = createStep(
  "assert-booking-customer-exists",
  async (input: { customer_id?: string | null; language?: ShopLanguage }, { container }) => {
    if (!input.customer_id) return new StepResponse(undefined)
    const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: input.customer_id }, { select: ["id"] })
    if (!customer) throw BookingErrors.customerNotFound(input.language ?? "en")
    return new StepResponse(undefined)
  }
)
