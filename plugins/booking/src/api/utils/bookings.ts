import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { localized, type ShopLanguage } from "@tailoc/shop-locale"
import { SHOP_TIME_ZONE } from "../../modules/booking/utils/time-zone"

/** What a customer sees of their booking; staff-only details stay out. */
export const STORE_BOOKING_FIELDS = [
  "id",
  "status",
  "starts_at",
  "ends_at",
  "address",
  "province_code",
  "notes",
  "cancelled_at",
  "cancellation_reason",
  "created_at",
  "service.id",
  "service.name",
  "service.handle",
  "service.duration_minutes",
  "service.price",
  "technician.id",
  "technician.name",
  // The status history a customer may read: what happened and when, not which staff member did it.
  "history.action",
  "history.actor_type",
  "history.from_status",
  "history.to_status",
  "history.created_at",
]

export const ADMIN_BOOKING_FIELDS = [
  "*",
  "service.*",
  "technician.id",
  "technician.name",
  "technician.phone",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
]

/** Bookings through query.graph, with the shop's time zone so clients show local times. */
export async function queryBookings(
  scope: MedusaContainer,
  fields: string[],
  filters: Record<string, unknown>,
  pagination: { skip?: number; take?: number; order?: Record<string, "ASC" | "DESC"> } = {}
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({ entity: "booking", fields, filters, pagination })
  return { bookings: data.map((booking: any) => ({ ...booking, time_zone: SHOP_TIME_ZONE })), count: metadata?.count ?? data.length }
}

export async function queryBooking(scope: MedusaContainer, fields: string[], filters: Record<string, unknown>) {
  const { bookings } = await queryBookings(scope, fields, filters, { take: 1 })
  if (!bookings.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Booking ${String(filters.id ?? "")} was not found`)
  }
  return bookings[0]
}

/** The Idempotency-Key header: 1–255 visible ASCII characters, e.g. a UUID the client made. */
export function idempotencyKeyOf(req: MedusaRequest, language: ShopLanguage): string | undefined {
  const key = req.headers["idempotency-key"]
  if (key === undefined) return undefined
  if (typeof key !== "string" || !/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      localized(language, {
        vi: "Idempotency-Key phải gồm 1–255 ký tự ASCII nhìn thấy được, ví dụ một UUID.",
        en: "Idempotency-Key must be 1–255 visible ASCII characters, such as a UUID.",
      })
    )
  }
  return key
}
