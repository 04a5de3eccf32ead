import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import ProductSpecification from "./models/product-specification"

export type SpecificationInput = {
  product_id: string
  power_rms_w?: number | null
  power_peak_w?: number | null
  impedance_ohm?: number | null
  frequency_min_hz?: number | null
  frequency_max_hz?: number | null
  max_spl_db?: number | null
  sensitivity_db?: number | null
  weight_kg?: number | null
  warranty_months: number
  connectivity?: string[]
}

class ProductSpecificationModuleService extends MedusaService({ ProductSpecification }) {
  /** Rejects figures no real product has, so a typo cannot publish "−300 W" or a 20 Hz–10 Hz range. */
  validateSpecification(input: SpecificationInput): SpecificationInput {
    const problems: string[] = []
    const positive = ["power_rms_w", "power_peak_w", "impedance_ohm", "frequency_min_hz", "frequency_max_hz", "weight_kg"] as const
    for (const field of positive) {
      const value = input[field]
      if (value !== undefined && value !== null && !(value > 0)) {
        problems.push(`${field} must be greater than 0 (got ${value})`)
      }
    }
    if (!Number.isInteger(input.warranty_months) || input.warranty_months < 0) {
      problems.push(`warranty_months must be a whole number of months (got ${input.warranty_months})`)
    }
    if (input.frequency_min_hz && input.frequency_max_hz && input.frequency_min_hz >= input.frequency_max_hz) {
      problems.push(
        `frequency_min_hz (${input.frequency_min_hz}) must be lower than frequency_max_hz (${input.frequency_max_hz})`
      )
    }
    if (input.power_rms_w && input.power_peak_w && input.power_peak_w < input.power_rms_w) {
      problems.push(`power_peak_w (${input.power_peak_w}) cannot be below power_rms_w (${input.power_rms_w})`)
    }
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Specification of product ${input.product_id} is invalid: ${problems.join("; ")}`
      )
    }
    return input
  }
}

export default ProductSpecificationModuleService
