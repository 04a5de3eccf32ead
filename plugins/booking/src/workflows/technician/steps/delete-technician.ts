import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import { ACTIVE_BOOKING_STATUSES } from "../../../modules/booking/models/booking"
import type BookingModuleService from "../../../modules/booking/service"

/**
 * Removes a technician from the schedule. Refused while they still have upcoming jobs:
 * those must be reassigned first, so no customer is left without a technician.
 */
export const deleteTechnicianStep = createStep(
  "delete-technician",
  async (technicianId: string, { container }) => {
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.retrieveTechnician(technicianId)
    const upcoming = await bookingService.listBookings(
      { technician_id: technicianId, status: [...ACTIVE_BOOKING_STATUSES], ends_at: { $gt: new Date() } },
      { select: ["id"], take: 5 }
    )
    if (upcoming.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Technician ${technicianId} still has upcoming bookings (${upcoming.map((booking) => booking.id).join(", ")}); reassign them first`
      )
    }
    await bookingService.softDeleteTechnicians(technicianId)
    return new StepResponse(technicianId, technicianId)
  },
  async (technicianId, { container }) => {
    if (!technicianId) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.restoreTechnicians(technicianId)
  }
)
