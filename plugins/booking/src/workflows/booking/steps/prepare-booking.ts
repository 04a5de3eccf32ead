import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { SLOT_UNAVAILABLE } from "../../../modules/booking/utils/conflicts"
import { utcToLocalDate } from "../../../modules/booking/utils/time-zone"

export type PrepareBookingInput = {
  service_id: string
  starts_at: string
  technician_id?: string
  province_code?: string | null
  address?: Record<string, unknown> | null
  exclude_booking_id?: string
}

/**
 * Checks that the requested time can be booked and picks the technician: the one asked
 * for, or the free one with the fewest jobs that day. Reads only; nothing to undo.
 */
export const prepareBookingStep = createStep("prepare-booking", async (input: PrepareBookingInput, { container }) => {
  const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
  const { policy } = bookingService
  const service = await bookingService.retrieveServiceOffering(input.service_id).catch(() => {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service ${input.service_id} does not exist`)
  })
  if (service.requires_address && (!input.address || !input.province_code)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${service.name} is done at the customer's place: give the address and its province_code (e.g. vn-sg)`
    )
  }

  const startsAt = new Date(input.starts_at)
  const now = new Date()
  if (startsAt.getTime() < now.getTime() + policy.minimumNoticeMinutes * 60_000) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A booking must start at least ${policy.minimumNoticeMinutes} minutes from now (asked for ${startsAt.toISOString()})`
    )
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
    if (worked) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${startsAt.toISOString()} is already taken${input.technician_id ? ` for technician ${input.technician_id}` : ""}; please choose another slot`,
        SLOT_UNAVAILABLE
      )
    }
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${startsAt.toISOString()} is not a bookable time for ${service.name}: it is outside working hours, off the ${policy.slotStepMinutes}-minute grid, or no qualified technician serves ${input.province_code ?? "that area"}`
    )
  }

  let technicianId = slot.technician_ids[0]
  if (slot.technician_ids.length > 1) {
    const sameDay = await bookingService.listBookings(
      { technician_id: slot.technician_ids, status: ["requested", "confirmed", "in_progress"], starts_at: { $gte: new Date(startsAt.getTime() - 86_400_000), $lt: new Date(startsAt.getTime() + 86_400_000) } },
      { select: ["id", "technician_id"], take: null }
    )
    const load = (id: string) => sameDay.filter((booking) => booking.technician_id === id).length
    technicianId = [...slot.technician_ids].sort((a, b) => load(a) - load(b) || a.localeCompare(b))[0]
  }

  return new StepResponse({ service, technician_id: technicianId, times: bookingService.bookingTimes(service, startsAt) })
})
