import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../../modules/booking"
import type BookingModuleService from "../../../../../modules/booking/service"
import type { Infer, StoreGetAvailability } from "../../../../utils/validators"

/** Staff see which technicians are free for each slot. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, Infer<typeof StoreGetAvailability>>, res: MedusaResponse) {
  const bookingService: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  const slots = await bookingService.listAvailableSlots({ service_id: req.params.id, ...req.validatedQuery })
  res.json({ time_zone: bookingService.policy.timeZone, slots })
}
