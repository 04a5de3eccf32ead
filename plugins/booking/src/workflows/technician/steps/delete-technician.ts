import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import { BOOKING_MODULE } from "../../../modules/booking"
import { ACTIVE_BOOKING_STATUSES } from "../../../modules/booking/models/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { TechnicianErrors } from "../../../modules/booking/utils/messages"

/**
 * Removes a technician who never had a booking (e.g. added by mistake). One with bookings
 * is refused: those bookings and their history keep naming them, so staff deactivate them.
 */
export const deleteTechnicianStep = createStep(
  "delete-technician",
  async ({ id, language = "en" }: { id: string; language?: ShopLanguage }, { container }) => {
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    const [technician] = await bookingService.listTechnicians({ id }, { select: ["id", "name"] })
    if (!technician) throw TechnicianErrors.notFound(language)
    const [, total] = await bookingService.listAndCountBookings({ technician_id: id }, { select: ["id"], take: 1 })
    if (total) {
      const [, upcoming] = await bookingService.listAndCountBookings(
        { technician_id: id, status: [...ACTIVE_BOOKING_STATUSES], ends_at: { $gt: new Date() } },
        { select: ["id"], take: 1 }
      )
      throw TechnicianErrors.hasBookings(language, technician.name, total, upcoming)
    }
    await bookingService.softDeleteTechnicians(id)
    return new StepResponse(id, id)
  },
  async (technicianId, { container }) => {
    if (!technicianId) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.restoreTechnicians(technicianId)
  }
)
