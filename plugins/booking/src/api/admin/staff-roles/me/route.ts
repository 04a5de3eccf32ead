import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { staffRoleOfRequest } from "../../../utils/staff-access"

/** GET /admin/staff-roles/me: the caller's role and technician, so the admin pages show what they may do. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const bookingService = req.scope.resolve<BookingModuleService>(BOOKING_MODULE)
  const [technician] = await bookingService.listTechnicians({ user_id: req.auth_context.actor_id }, { select: ["id", "name"] })
  res.json({ user_id: req.auth_context.actor_id, role: await staffRoleOfRequest(req), technician: technician ?? null })
}
