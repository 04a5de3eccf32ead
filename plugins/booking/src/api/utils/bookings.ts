import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
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
