import { model } from "@medusajs/framework/utils"
import Booking from "./booking"

/** Work the shop sells by the hour: installing a karaoke room, acoustic design, repairs. */
const ServiceOffering = model
  .define("service_offering", {
    id: model.id({ prefix: "bsvc" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    description: model.text().default(""),
    duration_minutes: model.number(),
    price: model.bigNumber(),
    currency_code: model.text().default("vnd"),
    deposit_amount: model.bigNumber().nullable(),
    /** A technician must hold every one of these skills. */
    required_skills: model.array().default([]),
    /** On-site work needs the customer's address and a technician serving that province. */
    requires_address: model.boolean().default(true),
    buffer_before_minutes: model.number().default(0),
    buffer_after_minutes: model.number().default(0),
    /** Whether customers may pick the technician; otherwise the shop assigns one. */
    customer_may_choose_technician: model.boolean().default(false),
    /** Variant a customer adds to a cart to pay the price or deposit of a booking. */
    product_variant_id: model.text().nullable(),
    is_active: model.boolean().default(true),
    bookings: model.hasMany(() => Booking, { mappedBy: "service" }),
  })

export default ServiceOffering
