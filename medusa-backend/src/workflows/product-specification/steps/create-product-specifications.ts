import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_SPECIFICATION_MODULE } from "../../../modules/product-specification"
import type ProductSpecificationModuleService from "../../../modules/product-specification/service"
import type { SpecificationInput } from "../../../modules/product-specification/service"

export const createProductSpecificationsStep = createStep(
  "create-product-specifications",
  async (specifications: SpecificationInput[], { container }) => {
    const service: ProductSpecificationModuleService = container.resolve(PRODUCT_SPECIFICATION_MODULE)
    const created = await service.createProductSpecifications(
      specifications.map((specification) => service.validateSpecification(specification))
    )
    return new StepResponse(
      created,
      created.map((specification) => specification.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    const service: ProductSpecificationModuleService = container.resolve(PRODUCT_SPECIFICATION_MODULE)
    await service.deleteProductSpecifications(createdIds)
  }
)
