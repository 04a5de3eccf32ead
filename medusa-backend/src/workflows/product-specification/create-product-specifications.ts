import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SpecificationInput } from "../../modules/product-specification/service"
import { createProductSpecificationsStep } from "./steps/create-product-specifications"
import { validateProductsExistStep } from "./steps/validate-products-exist"

export const createProductSpecificationsWorkflow = createWorkflow(
  "create-product-specifications",
  (input: { specifications: SpecificationInput[] }) => {
    const productIds = transform(input, ({ specifications }) => specifications.map((specification) => specification.product_id))
    validateProductsExistStep(productIds)
    const specifications = createProductSpecificationsStep(input.specifications)
    return new WorkflowResponse(specifications)
  }
)
