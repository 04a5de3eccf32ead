import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_SPECIFICATION_MODULE } from "../../../modules/product-specification"
import { CROSS_FIELD_MESSAGES, crossFieldProblems } from "../../../modules/product-specification/fields"
import type ProductSpecificationModuleService from "../../../modules/product-specification/service"
import type { SpecificationInput } from "../../../modules/product-specification/service"

/** Figures to set on one product's specification: omitted ones keep their value. */
export type SpecificationChanges = { product_id: string } & Partial<Omit<SpecificationInput, "product_id">>

type SpecificationValues = Omit<SpecificationInput, "product_id">

const FIGURES = [
  "power_rms_w",
  "power_peak_w",
  "impedance_ohm",
  "frequency_min_hz",
  "frequency_max_hz",
  "max_spl_db",
  "sensitivity_db",
  "weight_kg",
  "warranty_months",
  "connectivity",
] as const satisfies readonly (keyof SpecificationValues)[]

const valuesOf = (row: SpecificationValues): SpecificationValues =>
  Object.fromEntries(FIGURES.map((key) => [key, row[key]])) as SpecificationValues

const changesOf = (input: SpecificationChanges): Partial<SpecificationValues> =>
  Object.fromEntries(FIGURES.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]))

/** The row a rule is checked against is the one that will be stored, old figures included. */
function assertValid(values: SpecificationValues) {
  const problems = crossFieldProblems(values)
  if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
}

type Compensation = { created_id: string } | { id: string; previous: SpecificationValues }

/** Creates the product's specification, or changes the given figures of the existing one. */
export const upsertProductSpecificationStep = createStep(
  "upsert-product-specification",
  async (input: SpecificationChanges, { container }) => {
    const service: ProductSpecificationModuleService = container.resolve(PRODUCT_SPECIFICATION_MODULE)
    const changes = changesOf(input)
    const [existing] = await service.listProductSpecifications({ product_id: input.product_id })

    if (!existing) {
      if (changes.warranty_months === undefined) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, CROSS_FIELD_MESSAGES.warrantyRequired)
      }
      const specification = { product_id: input.product_id, ...changes } as SpecificationInput
      assertValid(specification)
      const created = await service.createProductSpecifications(service.validateSpecification(specification))
      return new StepResponse(created, { created_id: created.id } as Compensation)
    }

    const previous = valuesOf(existing as unknown as SpecificationValues)
    const next = { ...previous, ...changes }
    assertValid(next)
    service.validateSpecification({ product_id: input.product_id, ...next })
    const updated = await service.updateProductSpecifications({ id: existing.id, ...changes })
    return new StepResponse(updated, { id: existing.id, previous } as Compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const service: ProductSpecificationModuleService = container.resolve(PRODUCT_SPECIFICATION_MODULE)
    if ("created_id" in compensation) {
      await service.deleteProductSpecifications(compensation.created_id)
    } else {
      await service.updateProductSpecifications({ id: compensation.id, ...compensation.previous })
    }
  }
)
