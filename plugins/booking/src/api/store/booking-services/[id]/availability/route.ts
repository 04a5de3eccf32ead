import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { languageOf } from "@tailoc/shop-locale"
import { BOOKING_MODULE } from "../../../../../modules/booking"
import type BookingModuleService from "../../../../../modules/booking/service"
import type { Infer, StoreGetAvailability } from "../../../../utils/validators"

/**
 * GET /store/booking-services/:id/availability?from&to&province_code: open slots. Customers
 * see how many technicians are free, not who they are, and may filter by technician only
 * where the service lets them choose one.
 */
export async function GET(req: MedusaRequest<unknown, Infer<typeof StoreGetAvailability>>, res: MedusaResponse) {
  const bookingService: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  const { from, to, province_code, technician_id } = req.validatedQuery
  const slots = await bookingService.listAvailableSlots({
    service_id: req.params.id,
    from,
    to,
    province_code,
    technician_id,
    technician_chosen_by_customer: true,
    language: languageOf(req),
  })
  res.json({
    time_zone: bookingService.policy.timeZone,
    slots: slots.map(({ starts_at, ends_at, technician_ids }) => ({ starts_at, ends_at, available_technicians: technician_ids.length })),
  })
}
