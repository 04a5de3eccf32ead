import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { REALTIME_MODULE, Rooms, ServerEvents, type BookingUpdatedPayload, type RealtimeService, type Room } from "@tailoc/realtime-contract"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"

type BookingEvent = Omit<BookingUpdatedPayload, "event">
const BOOKING_EVENTS: BookingUpdatedPayload["event"][] = ["booking.created", "booking.updated", "booking.cancelled"]

/**
 * Every booking change, live, as booking:updated: to staff, the customer, and the technicians
 * whose calendars it touches (the one assigned, and the one it was taken from). Booking knows
 * its own technicians' users; the realtime module only delivers.
 */
export default async function bookingRealtime({ event, container }: SubscriberArgs<BookingEvent>) {
  const realtime = container.resolve<RealtimeService | undefined>(REALTIME_MODULE, { allowUnregistered: true })
  if (!realtime?.mayHaveListeners()) return
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)

  // Some events (a paid order confirming its bookings) carry only the booking's id.
  const [booking] = event.data.customer_id === undefined || event.data.technician_id === undefined
    ? await bookings.listBookings({ id: event.data.id }, { select: ["id", "customer_id", "technician_id"] })
    : []
  const customerId = event.data.customer_id ?? booking?.customer_id
  const technicianIds = [event.data.technician_id ?? booking?.technician_id, event.data.previous_technician_id].filter(
    (id): id is string => Boolean(id)
  )
  const technicians = technicianIds.length
    ? await bookings.listTechnicians({ id: technicianIds }, { select: ["id", "user_id"] })
    : []

  const rooms: Room[] = [
    Rooms.staff,
    ...(customerId ? [Rooms.customer(customerId)] : []),
    ...technicians.flatMap((technician) => (technician.user_id ? [Rooms.user(technician.user_id)] : [])),
  ]
  await realtime.emit(rooms, ServerEvents.bookingUpdated, { ...event.data, event: event.name as BookingUpdatedPayload["event"] })
}

export const config: SubscriberConfig = { event: BOOKING_EVENTS }
