import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTechnicianWorkflow } from "../../../workflows/technician"
import type { AdminCreateTechnician, Infer } from "../../utils/validators"
import { staffLanguageOf } from "../../utils/staff-access"

export const TECHNICIAN_FIELDS = ["*", "working_hours.*", "time_off.*"]

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "technician", fields: TECHNICIAN_FIELDS, pagination: { order: { name: "ASC" } } })
  res.json({ technicians: data })
}

export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof AdminCreateTechnician>>, res: MedusaResponse) {
  const { result } = await createTechnicianWorkflow(req.scope).run({ input: { ...req.validatedBody, language: staffLanguageOf(req) } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "technician", fields: TECHNICIAN_FIELDS, filters: { id: result.id } })
  res.status(201).json({ technician: data[0] })
}
