import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { addDays, SHOP_TIME_ZONE, utcToLocalDate, weekdayOf } from "../../modules/booking/utils/time-zone"
import { sdk } from "./client"

export type BookingStatus = "requested" | "confirmed" | "in_progress" | "completed" | "cancelled" | "no_show"

export type AdminBooking = {
  id: string
  status: BookingStatus
  starts_at: string
  ends_at: string
  notes: string | null
  contact_name: string | null
  contact_phone: string | null
  address: { address_1?: string; ward?: string; city?: string } | null
  province_code: string | null
  order_id: string | null
  service: { id: string; name: string; duration_minutes: number }
  technician: { id: string; name: string; phone: string | null }
  customer?: { id: string; email: string; first_name: string | null; last_name: string | null; phone: string | null } | null
  history?: { id: string; action: string; actor_type: string; actor_id: string | null; from_status: string | null; to_status: string | null; created_at: string }[]
}

export type Shift = { weekday: number; start_minute: number; end_minute: number }

export type Technician = {
  id: string
  name: string
  phone: string | null
  email: string | null
  user_id: string | null
  skills: string[]
  service_provinces: string[]
  is_active: boolean
  working_hours: (Shift & { id: string })[]
  time_off: { id: string; starts_at: string; ends_at: string; reason: string | null }[]
}

export type BookingService = {
  id: string
  name: string
  duration_minutes: number
  price: number
  required_skills: string[]
  requires_address: boolean
  is_active: boolean
}

export const STATUS_LABELS: Record<BookingStatus, string> = {
  requested: "Chờ xác nhận",
  confirmed: "Đã xác nhận",
  in_progress: "Đang làm",
  completed: "Hoàn thành",
  cancelled: "Đã huỷ",
  no_show: "Khách vắng",
}

export const STATUS_COLORS: Record<BookingStatus, "orange" | "blue" | "purple" | "green" | "grey" | "red"> = {
  requested: "orange",
  confirmed: "blue",
  in_progress: "purple",
  completed: "green",
  cancelled: "grey",
  no_show: "red",
}

/** The next statuses staff may choose, mirroring the server's rules. */
export const NEXT_STATUSES: Record<BookingStatus, BookingStatus[]> = {
  requested: ["confirmed", "cancelled"],
  confirmed: ["in_progress", "no_show", "cancelled"],
  in_progress: ["completed"],
  completed: [],
  cancelled: [],
  no_show: [],
}

/**
 * A person's name the Vietnamese way, family name first: Medusa keeps the given name in
 * first_name ("An") and the family and middle names in last_name ("Nguyễn Văn").
 */
export const vietnameseName = (person: { first_name?: string | null; last_name?: string | null }) =>
  [person.last_name, person.first_name].map((part) => part?.trim()).filter(Boolean).join(" ")

export const customerName = (booking: AdminBooking) =>
  booking.customer
    ? vietnameseName(booking.customer) || booking.customer.email
    : booking.contact_name ?? "Khách vãng lai"

const localTimeFormat = new Intl.DateTimeFormat("en-GB", { timeZone: SHOP_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })

/** "2026-12-07" of an instant, in the shop's time zone. */
export const localDateOf = (iso: string | Date) => utcToLocalDate(new Date(iso).getTime(), SHOP_TIME_ZONE)
export const localTimeOf = (iso: string | Date) => localTimeFormat.format(new Date(iso))
/** Vietnam keeps +07:00 all year, so a local date and time name one instant. */
export const instantOf = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`).toISOString()

export const mondayOf = (date: string) => addDays(date, -((weekdayOf(date) + 6) % 7))

export function useBookings(params: Record<string, string | undefined>) {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])))
  return useQuery({
    queryKey: ["bookings", params],
    queryFn: () => sdk.client.fetch<{ bookings: AdminBooking[]; count: number }>(`/admin/bookings?${query}`),
  })
}

export function useBooking(id?: string) {
  return useQuery({
    queryKey: ["booking", id],
    enabled: Boolean(id),
    queryFn: () => sdk.client.fetch<{ booking: AdminBooking }>(`/admin/bookings/${id}`),
  })
}

export function useBookingServices() {
  return useQuery({
    queryKey: ["booking-services"],
    queryFn: () => sdk.client.fetch<{ booking_services: BookingService[] }>("/admin/booking-services"),
  })
}

export type StaffRole = "manager" | "staff" | "technician"

/** The signed-in user's role and technician, to show only what they may do. */
export function useMyRole() {
  return useQuery({
    queryKey: ["staff-role", "me"],
    queryFn: () =>
      sdk.client.fetch<{ user_id: string; role: StaffRole; technician: { id: string; name: string } | null }>("/admin/staff-roles/me"),
  })
}

export function useTechnicians() {
  return useQuery({
    queryKey: ["technicians"],
    queryFn: () => sdk.client.fetch<{ technicians: Technician[] }>("/admin/technicians"),
  })
}

/** POSTs to one of a booking's action routes and refreshes every booking view. */
export function useBookingAction(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body }: { action: "status" | "reassign" | "reschedule" | "cancel"; body: Record<string, unknown> }) =>
      sdk.client.fetch<{ booking: AdminBooking }>(`/admin/bookings/${id}/${action}`, { method: "POST", body }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ["bookings"] })
      client.invalidateQueries({ queryKey: ["booking", id] })
    },
  })
}
