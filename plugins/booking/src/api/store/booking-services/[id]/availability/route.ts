import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../../modules/booking"
import type BookingModuleService from "../../../../../modules/booking/service"
import type { Infer, StoreGetAvailability } from "../../../../utils/validators"

/**
 * GET /store/booking-services/:id/availability?from&to&province_code: open slots. Customers
 * see how many technicians are free, not who they are.
 */
export async function GET(req: MedusaRequest<unknown, Infer<typeof StoreGetAvailability>>, res: MedusaResponse) {
  const bookingService: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  const { from, to, province_code, technician_id } = req.validatedQuery
  const slots = await bookingService.listAvailableSlots({ service_id: req.params.id, from, to, province_code, technician_id })
  res.json({
    time_zone: bookingService.policy.timeZone,
    slots: slots.map(({ starts_at, ends_at, technician_ids }) => ({ starts_at, ends_at, available_technicians: technician_ids.length })),
  })
}
