import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { BookingErrors } from "../../../modules/booking/utils/messages"
import { utcToLocalDate } from "../../../modules/booking/utils/time-zone"

export type PrepareBookingInput = {
  service_id: string
  starts_at: string
  technician_id?: string
  /** The customer named the technician, which only some services allow. */
  technician_chosen_by_customer?: boolean
  province_code?: string | null
  address?: Record<string, unknown> | null
  exclude_booking_id?: string
  /** Language of the errors; English for staff and internal callers. */
  language?: ShopLanguage
}

/**
 * Checks that the requested time can be booked and lists the technicians free for it: the
 * one asked for, or every free one, those with the fewest jobs that day first (the first is
 * the choice; the others are who to try if another request takes the first meanwhile).
 * Reads only; nothing to undo.
 */
export const prepareBookingStep = createStep("prepare-booking", async (input: PrepareBookingInput, { container }) => {
  const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
  const { policy } = bookingService
  const language = input.language ?? "en"
  const [service] = await bookingService.listServiceOfferings({ id: input.service_id })
  if (!service) throw BookingErrors.serviceNotFound(language)
  if (!service.is_active) throw BookingErrors.serviceInactive(language, service.name)
  if (input.technician_id && input.technician_chosen_by_customer && !service.customer_may_choose_technician) {
    throw BookingErrors.technicianChoiceNotAllowed(language, service.name)
  }
  if (service.requires_address && (!input.address || !input.province_code)) {
    throw BookingErrors.addressRequired(language, service.name)
  }

  const startsAt = new Date(input.starts_at)
  const now = new Date()
  if (startsAt.getTime() < now.getTime() + policy.minimumNoticeMinutes * 60_000) {
    throw BookingErrors.tooSoon(language, policy.minimumNoticeMinutes, startsAt)
  }

  const day = utcToLocalDate(startsAt.getTime(), policy.timeZone)
  const request = {
    service_id: service.id,
    from: day,
    to: day,
    province_code: input.province_code,
    technician_id: input.technician_id,
    exclude_booking_id: input.exclude_booking_id,
    now,
  }
  const slot = (await bookingService.listAvailableSlots(request)).find(
    (candidate) => candidate.starts_at === startsAt.toISOString()
  )
  if (!slot) {
    const worked = (await bookingService.listAvailableSlots({ ...request, ignore_bookings: true })).some(
      (candidate) => candidate.starts_at === startsAt.toISOString()
    )
    if (worked) throw BookingErrors.slotTaken(language, startsAt)
    throw BookingErrors.notBookable(language, service.name, startsAt, policy.slotStepMinutes)
  }

  let technicianIds = slot.technician_ids
  if (technicianIds.length > 1) {
    const sameDay = await bookingService.listBookings(
      { technician_id: technicianIds, status: ["requested", "confirmed", "in_progress"], starts_at: { $gte: new Date(startsAt.getTime() - 86_400_000), $lt: new Date(startsAt.getTime() + 86_400_000) } },
      { select: ["id", "technician_id"], take: null }
    )
    const load = (id: string) => sameDay.filter((booking) => booking.technician_id === id).length
    technicianIds = [...technicianIds].sort((a, b) => load(a) - load(b) || a.localeCompare(b))
  }

  return new StepResponse({
    service,
    technician_id: technicianIds[0],
    technician_ids: technicianIds,
    times: bookingService.bookingTimes(service, startsAt),
  })
})
