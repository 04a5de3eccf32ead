import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** A specification must describe a product the catalog has. */
export const validateProductsExistStep = createStep(
  "validate-products-exist",
  async (productIds: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: productIds } })
    const found = new Set(data.map((product: { id: string }) => product.id))
    const missing = productIds.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Products not found: ${missing.join(", ")}`)
    }
    return new StepResponse(undefined)
  }
)
