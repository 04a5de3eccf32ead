import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TechnicianErrors } from "../../../../modules/booking/utils/messages"
import { deleteTechnicianWorkflow, updateTechnicianWorkflow } from "../../../../workflows/technician"
import type { AdminUpdateTechnician, Infer } from "../../../utils/validators"
import { TECHNICIAN_FIELDS } from "../route"
import { staffLanguageOf } from "../../../utils/staff-access"

async function retrieveTechnician(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "technician", fields: TECHNICIAN_FIELDS, filters: { id: req.params.id } })
  if (!data.length) throw TechnicianErrors.notFound(staffLanguageOf(req))
  return data[0]
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ technician: await retrieveTechnician(req) })
}

/** POST /admin/technicians/:id: update details; working_hours replaces the weekly schedule. */
export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof AdminUpdateTechnician>>, res: MedusaResponse) {
  await retrieveTechnician(req)
  await updateTechnicianWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody, language: staffLanguageOf(req) } })
  res.json({ technician: await retrieveTechnician(req) })
}

/** DELETE /admin/technicians/:id: only a technician without bookings; the others are deactivated instead. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteTechnicianWorkflow(req.scope).run({ input: { id: req.params.id, language: staffLanguageOf(req) } })
  res.json({ id: req.params.id, object: "technician", deleted: true })
}
