import { z } from "@medusajs/framework/zod"
import {
  CONNECTIVITY_LIMITS,
  crossFieldProblems,
  numberProblem,
  rangeMessage,
  SPECIFICATION_NUMBER_FIELDS,
  type SpecificationNumberField,
} from "../../../../../modules/product-specification/fields"

const fieldOf = (key: SpecificationNumberField["key"]) =>
  SPECIFICATION_NUMBER_FIELDS.find((field) => field.key === key)!

// A custom check rather than z.number().min().max(): Medusa rewrites type and range issues
// into English ("Expected type: 'number'…"), while a custom issue's Vietnamese message
// reaches staff unchanged.
const figure = (key: SpecificationNumberField["key"]) => {
  const field = fieldOf(key)
  return z.custom<number>((value) => typeof value === "number" && numberProblem(field, value) === null, {
    message: rangeMessage(field),
  })
}

const connectivityMessage = `${CONNECTIVITY_LIMITS.label}: tối đa ${CONNECTIVITY_LIMITS.maxItems} mục, mỗi mục 1–${CONNECTIVITY_LIMITS.maxLength} ký tự.`

/**
 * POST /admin/products/:id/specification: the figures to set. An omitted figure keeps its
 * value, null clears it; warranty is required only when the product has no specification yet.
 */
export const AdminUpsertProductSpecification = z
  .object({
    power_rms_w: figure("power_rms_w").nullable().optional(),
    power_peak_w: figure("power_peak_w").nullable().optional(),
    impedance_ohm: figure("impedance_ohm").nullable().optional(),
    frequency_min_hz: figure("frequency_min_hz").nullable().optional(),
    frequency_max_hz: figure("frequency_max_hz").nullable().optional(),
    max_spl_db: figure("max_spl_db").nullable().optional(),
    sensitivity_db: figure("sensitivity_db").nullable().optional(),
    weight_kg: figure("weight_kg").nullable().optional(),
    warranty_months: figure("warranty_months").optional(),
    connectivity: z
      .array(z.string({ error: connectivityMessage }).trim(), { error: connectivityMessage })
      .refine(
        (items) =>
          items.length <= CONNECTIVITY_LIMITS.maxItems &&
          items.every((item) => item.length >= 1 && item.length <= CONNECTIVITY_LIMITS.maxLength),
        { message: connectivityMessage }
      )
      .optional(),
  })
  .strict()
  .superRefine((body, context) => {
    for (const message of crossFieldProblems(body)) context.addIssue({ code: "custom", message })
  })

export type AdminUpsertProductSpecificationType = z.infer<typeof AdminUpsertProductSpecification>
