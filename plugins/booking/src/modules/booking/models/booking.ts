import { model } from "@medusajs/framework/utils"
import BookingHistory from "./booking-history"
import ServiceOffering from "./service-offering"
import Technician from "./technician"

export const BOOKING_STATUSES = ["requested", "confirmed", "in_progress", "completed", "cancelled", "no_show"] as const
/** Statuses in which a booking holds its technician's time. */
export const ACTIVE_BOOKING_STATUSES = ["requested", "confirmed", "in_progress"] as const

/**
 * A job on a technician's calendar. Times are UTC; `blocked_from`/`blocked_until` widen
 * the appointment by the service's buffers and are what may never overlap for one
 * technician; one customer's live appointments may not overlap either (exclusion
 * constraints in the database, see the migrations).
 */
const Booking = model
  .define("booking", {
    id: model.id({ prefix: "bkg" }).primaryKey(),
    customer_id: model.text().nullable(),
    order_id: model.text().nullable(),
    contact_name: model.text().nullable(),
    contact_phone: model.text().nullable(),
    contact_email: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    blocked_from: model.dateTime(),
    blocked_until: model.dateTime(),
    status: model.enum([...BOOKING_STATUSES]).default("requested"),
    address: model.json().nullable(),
    province_code: model.text().nullable(),
    notes: model.text().nullable(),
    cancellation_reason: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
    reminder_sent_at: model.dateTime().nullable(),
    /** The customer's Idempotency-Key: a repeat of the request returns this booking. */
    idempotency_key: model.text().nullable(),
    /** Hash of the request that carried the key, to refuse the same key on a different request. */
    idempotency_fingerprint: model.text().nullable(),
    service: model.belongsTo(() => ServiceOffering, { mappedBy: "bookings" }),
    technician: model.belongsTo(() => Technician, { mappedBy: "bookings" }),
    history: model.hasMany(() => BookingHistory, { mappedBy: "booking" }),
  })
  .indexes([
    { on: ["technician_id", "starts_at"], where: "deleted_at IS NULL" },
    { on: ["customer_id", "starts_at"], where: "deleted_at IS NULL" },
    { on: ["status", "starts_at"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL AND order_id IS NOT NULL" },
    { on: ["customer_id", "idempotency_key"], unique: true, where: "deleted_at IS NULL AND idempotency_key IS NOT NULL" },
  ])
  .checks([
    {
      name: "booking_times_ordered",
      expression: (columns) =>
        `${columns.starts_at} < ${columns.ends_at} AND ${columns.blocked_from} <= ${columns.starts_at} AND ${columns.blocked_until} >= ${columns.ends_at}`,
    },
  ])

export default Booking
