import { model } from "@medusajs/framework/utils"

/**
 * The figures a buyer compares between two speakers or amplifiers, one row per product,
 * in typed columns so the shop can filter and sort by them (e.g. "8 Ω, at least 300 W").
 */
const ProductSpecification = model
  .define("product_specification", {
    id: model.id({ prefix: "pspec" }).primaryKey(),
    product_id: model.text(),
    power_rms_w: model.number().nullable(),
    power_peak_w: model.number().nullable(),
    impedance_ohm: model.float().nullable(),
    frequency_min_hz: model.number().nullable(),
    frequency_max_hz: model.number().nullable(),
    max_spl_db: model.number().nullable(),
    sensitivity_db: model.float().nullable(),
    weight_kg: model.float().nullable(),
    warranty_months: model.number(),
    connectivity: model.array().default([]),
  })
  .indexes([
    { on: ["product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["power_rms_w"], where: "deleted_at IS NULL" },
    { on: ["impedance_ohm"], where: "deleted_at IS NULL" },
  ])

export default ProductSpecification
