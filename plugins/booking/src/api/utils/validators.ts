import { z } from "@medusajs/framework/zod"
import { isVietnamesePhone, normalizePhone } from "../../modules/booking/utils/phone"
import { isProvinceCode, PROVINCE_CODES } from "../../modules/booking/utils/provinces"
import { isSkillCode, SKILL_CODES } from "../../modules/booking/utils/skills"
import { STAFF_ROLES } from "../../modules/booking/utils/staff-roles"
import { parseLocalDate } from "../../modules/booking/utils/time-zone"

/** Bookings, time off and filters live in these years; anything else is a typo or a probe, not a 500. */
const EARLIEST_YEAR = 2000
const LATEST_YEAR = 2100
const inShopYears = (year: number) => year >= EARLIEST_YEAR && year <= LATEST_YEAR

export const localDate = (name: string) =>
  z
    .string({ error: `${name} is required (YYYY-MM-DD)` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} must be a date such as 2026-12-07`)
    .refine((value) => inShopYears(Number(value.slice(0, 4))), `${name} must be a date between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}`)

export const dateTime = (name: string) =>
  z.iso
    .datetime({ offset: true, error: `${name} must be an ISO 8601 date-time such as 2026-12-07T09:00:00+07:00` })
    .refine(
      (value) => inShopYears(new Date(value).getUTCFullYear()),
      `${name} must be a date-time between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}`
    )

const province = z
  .string()
  .regex(/^vn-[a-z0-9]{2,3}$/, "province_code must be an ISO 3166-2 code of a Vietnamese province, such as vn-sg or vn-hn")

const vietnamesePhone = (name: string) =>
  z
    .string()
    .max(30)
    .transform(normalizePhone)
    .refine(isVietnamesePhone, `${name} phải là số điện thoại Việt Nam, ví dụ 0903 123 456 hoặc +84 903 123 456`)

export const Address = z
  .object({
    address_1: z.string().min(1, "address.address_1 is required").max(255),
    address_2: z.string().max(255).optional(),
    ward: z.string().max(120).optional(),
    district: z.string().max(120).optional(),
    city: z.string().min(1, "address.city is required").max(120),
    phone: z.string().max(30).optional(),
  })
  .strict()

export const StoreGetAvailability = z
  .object({ from: localDate("from"), to: localDate("to"), province_code: province.optional(), technician_id: z.string().optional() })
  .strict()

export const StoreCreateBooking = z
  .object({
    service_id: z.string({ error: "service_id is required" }).min(1),
    starts_at: dateTime("starts_at"),
    technician_id: z.string().optional(),
    address: Address.optional(),
    province_code: province.optional(),
    notes: z.string().max(2000).optional(),
    contact_phone: z.string().max(30).optional(),
  })
  .strict()

export const AdminCreateBooking = StoreCreateBooking.extend({
  customer_id: z.string().min(1).optional(),
  contact_name: z.string().max(120).optional(),
  contact_phone: vietnamesePhone("contact_phone").optional(),
  contact_email: z.string().email().optional(),
  status: z.enum(["requested", "confirmed"]).optional(),
}).strict()

export const RescheduleBooking = z.object({ starts_at: dateTime("starts_at") }).strict()
export const CancelBooking = z.object({ reason: z.string().max(500).optional() }).strict()
export const ReassignBooking = z.object({ technician_id: z.string().min(1), starts_at: dateTime("starts_at").optional() }).strict()
export const ChangeBookingStatus = z
  .object({
    status: z.enum(["confirmed", "in_progress", "completed", "cancelled", "no_show"]),
    reason: z.string().max(500).optional(),
  })
  .strict()

export const AdminListBookings = z
  .object({
    status: z.union([z.string(), z.array(z.string())]).optional(),
    technician_id: z.union([z.string(), z.array(z.string())]).optional(),
    customer_id: z.string().optional(),
    order_id: z.string().optional(),
    from: dateTime("from").optional(),
    to: dateTime("to").optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const StoreListBookings = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(20), offset: z.coerce.number().int().min(0).default(0) })
  .strict()

const Shift = z
  .object({
    weekday: z.number().int().min(0).max(6),
    start_minute: z.number().int().min(0).max(1439),
    end_minute: z.number().int().min(1).max(2879),
  })
  .strict()

const skill = z
  .string()
  .refine(isSkillCode, `skills: mỗi kỹ năng phải là một trong ${SKILL_CODES.join(", ")}`)
const servedProvince = province.refine(isProvinceCode, `service_provinces: mỗi tỉnh/thành phải là một trong ${PROVINCE_CODES.join(", ")}`)

export const AdminCreateTechnician = z
  .object({
    name: z.string().trim().min(1, "name: cần nhập họ tên").max(120),
    user_id: z.string().min(1).nullable().optional(),
    phone: vietnamesePhone("phone").nullable().optional(),
    email: z.string().email("email: địa chỉ e-mail không hợp lệ").nullable().optional(),
    skills: z.array(skill).max(SKILL_CODES.length).optional(),
    service_provinces: z.array(servedProvince).max(PROVINCE_CODES.length).optional(),
    is_active: z.boolean().optional(),
    working_hours: z.array(Shift).optional(),
  })
  .strict()

// No zod defaults in the create schemas: `.partial()` would apply them to every update and
// wipe what was not sent. The models and workflows default missing values on create.
export const AdminUpdateTechnician = AdminCreateTechnician.partial().strict()

export const AdminAddTimeOff = z
  .object({ starts_at: dateTime("starts_at"), ends_at: dateTime("ends_at"), reason: z.string().max(300).optional() })
  .strict()

export const AdminCreateServiceOffering = z
  .object({
    handle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle must be lowercase words joined by hyphens"),
    name: z.string().min(1).max(200),
    description: z.string().max(5000).optional(),
    duration_minutes: z.number().int().min(15).max(24 * 60),
    price: z.number().int("VND prices have no decimals").min(0),
    deposit_amount: z.number().int().min(0).nullable().optional(),
    required_skills: z.array(z.string().min(1)).optional(),
    requires_address: z.boolean().optional(),
    buffer_before_minutes: z.number().int().min(0).max(240).optional(),
    buffer_after_minutes: z.number().int().min(0).max(240).optional(),
    product_variant_id: z.string().nullable().optional(),
    is_active: z.boolean().optional(),
    customer_may_choose_technician: z.boolean().optional(),
  })
  .strict()

export const AdminUpdateServiceOffering = AdminCreateServiceOffering.partial().strict()

export const SetStaffRole = z.object({ role: z.enum(STAFF_ROLES, `role phải là một trong ${STAFF_ROLES.join(", ")}`) }).strict()

const isCalendarDate = (value: string) => {
  try {
    parseLocalDate(value)
    return true
  } catch {
    return false
  }
}
const calendarDate = (name: string) => localDate(name).refine(isCalendarDate, `${name} phải là một ngày có thật, ví dụ 2026-12-07`)

/** A technician's own jobs: a window of local days, this week by default. */
export const ListMyJobs = z.object({ from: calendarDate("from").optional(), to: calendarDate("to").optional() }).strict()

/** What a technician may do to their own job from the field, with what they did. */
export const ChangeMyJobStatus = z
  .object({
    status: z.enum(["in_progress", "completed"], "status phải là in_progress (bắt đầu) hoặc completed (hoàn thành)"),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()

export type Infer<T extends z.ZodType> = z.infer<T>
