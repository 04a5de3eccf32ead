import { model } from "@medusajs/framework/utils"
import Booking from "./booking"
import TimeOff from "./time-off"
import WorkingHours from "./working-hours"

const Technician = model
  .define("technician", {
    id: model.id({ prefix: "tech" }).primaryKey(),
    /** The Medusa Admin user this technician logs in as, when they have one. */
    user_id: model.text().nullable(),
    name: model.text().searchable(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    skills: model.array().default([]),
    /** ISO 3166-2 subdivisions served, e.g. "vn-sg" (TP. Hồ Chí Minh), "vn-hn" (Hà Nội). */
    service_provinces: model.array().default([]),
    is_active: model.boolean().default(true),
    working_hours: model.hasMany(() => WorkingHours, { mappedBy: "technician" }),
    time_off: model.hasMany(() => TimeOff, { mappedBy: "technician" }),
    bookings: model.hasMany(() => Booking, { mappedBy: "technician" }),
  })
  .cascades({ delete: ["working_hours", "time_off"] })

export default Technician
