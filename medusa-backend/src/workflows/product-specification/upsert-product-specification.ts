import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { upsertProductSpecificationStep, type SpecificationChanges } from "./steps/upsert-product-specification"
import { validateProductsExistStep } from "./steps/validate-products-exist"

/** Staff editing a product's figures: creates the specification on first save, updates it after. */
export const upsertProductSpecificationWorkflow = createWorkflow(
  "upsert-product-specification",
  (input: SpecificationChanges) => {
    const productIds = transform(input, ({ product_id }) => [product_id])
    validateProductsExistStep(productIds)
    const specification = upsertProductSpecificationStep(input)
    // The product search index re-reads the product when its figures change (src/search/product-events.ts).
    emitEventStep({
      eventName: "product-specification.updated",
      data: transform(specification, (saved) => ({ id: saved.id })),
    })
    return new WorkflowResponse(specification)
  }
)
