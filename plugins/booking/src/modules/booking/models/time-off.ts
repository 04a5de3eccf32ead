import { model } from "@medusajs/framework/utils"
import Technician from "./technician"

const TimeOff = model
  .define("technician_time_off", {
    id: model.id({ prefix: "toff" }).primaryKey(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    reason: model.text().nullable(),
    technician: model.belongsTo(() => Technician, { mappedBy: "time_off" }),
  })
  .checks([{ name: "time_off_ends_after_start", expression: (columns) => `${columns.ends_at} > ${columns.starts_at}` }])

export default TimeOff
