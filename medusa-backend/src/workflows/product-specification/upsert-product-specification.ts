import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertProductSpecificationStep, type SpecificationChanges } from "./steps/upsert-product-specification"
import { validateProductsExistStep } from "./steps/validate-products-exist"

/** Staff editing a product's figures: creates the specification on first save, updates it after. */
export const upsertProductSpecificationWorkflow = createWorkflow(
  "upsert-product-specification",
  (input: SpecificationChanges) => {
    const productIds = transform(input, ({ product_id }) => [product_id])
    validateProductsExistStep(productIds)
    const specification = upsertProductSpecificationStep(input)
    return new WorkflowResponse(specification)
  }
)
