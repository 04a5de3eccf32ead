import { z } from "@medusajs/framework/zod"

const count = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .nonnegative(`${name} cannot be negative`)
    .optional()

export const StoreListProductSpecifications = z
  .object({
    product_id: z.union([z.string(), z.array(z.string())]).optional(),
    power_rms_w_min: count("power_rms_w_min"),
    power_rms_w_max: count("power_rms_w_max"),
    impedance_ohm: count("impedance_ohm"),
    frequency_min_hz_max: count("frequency_min_hz_max"),
    warranty_months_min: count("warranty_months_min"),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .refine(
    (query) =>
      query.power_rms_w_min === undefined ||
      query.power_rms_w_max === undefined ||
      query.power_rms_w_min <= query.power_rms_w_max,
    { message: "power_rms_w_min cannot be greater than power_rms_w_max" }
  )

export type StoreListProductSpecificationsType = z.infer<typeof StoreListProductSpecifications>
