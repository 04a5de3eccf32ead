import { model } from "@medusajs/framework/utils"
import Technician from "./technician"

/**
 * One weekly shift in the shop's time zone. Minutes count from local midnight of `weekday`
 * (0 = Sunday); a night shift ends past 1440, on the next day.
 */
const WorkingHours = model
  .define("technician_working_hours", {
    id: model.id({ prefix: "twh" }).primaryKey(),
    weekday: model.number(),
    start_minute: model.number(),
    end_minute: model.number(),
    technician: model.belongsTo(() => Technician, { mappedBy: "working_hours" }),
  })
  .checks([
    { name: "working_hours_weekday_range", expression: (columns) => `${columns.weekday} BETWEEN 0 AND 6` },
    {
      name: "working_hours_shift_range",
      expression: (columns) =>
        `${columns.start_minute} >= 0 AND ${columns.start_minute} < 1440 AND ${columns.end_minute} > ${columns.start_minute} AND ${columns.end_minute} <= ${columns.start_minute} + 1440`,
    },
  ])

export default WorkingHours
