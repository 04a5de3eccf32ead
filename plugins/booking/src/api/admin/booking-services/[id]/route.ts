import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { deleteServiceOfferingWorkflow, updateServiceOfferingWorkflow } from "../../../../workflows/service-offering"
import type { AdminUpdateServiceOffering, Infer } from "../../../utils/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const bookingService: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  res.json({ booking_service: await bookingService.retrieveServiceOffering(req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof AdminUpdateServiceOffering>>, res: MedusaResponse) {
  const { result } = await updateServiceOfferingWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ booking_service: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteServiceOfferingWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "booking_service", deleted: true })
}
