import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createServiceOfferingWorkflow } from "../../../workflows/service-offering"
import type { AdminCreateServiceOffering, Infer } from "../../utils/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "service_offering", fields: ["*"], pagination: { order: { name: "ASC" } } })
  res.json({ booking_services: data })
}

export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof AdminCreateServiceOffering>>, res: MedusaResponse) {
  const { result } = await createServiceOfferingWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ booking_service: result })
}
