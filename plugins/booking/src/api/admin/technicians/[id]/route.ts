import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteTechnicianWorkflow, updateTechnicianWorkflow } from "../../../../workflows/technician"
import type { AdminUpdateTechnician, Infer } from "../../../utils/validators"
import { TECHNICIAN_FIELDS } from "../route"

async function retrieveTechnician(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "technician", fields: TECHNICIAN_FIELDS, filters: { id: req.params.id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Technician ${req.params.id} was not found`)
  return data[0]
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ technician: await retrieveTechnician(req) })
}

/** POST /admin/technicians/:id: update details; working_hours replaces the weekly schedule. */
export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof AdminUpdateTechnician>>, res: MedusaResponse) {
  await retrieveTechnician(req)
  await updateTechnicianWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ technician: await retrieveTechnician(req) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteTechnicianWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "technician", deleted: true })
}
