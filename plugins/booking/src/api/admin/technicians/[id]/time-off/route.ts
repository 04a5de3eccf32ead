import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addTimeOffWorkflow } from "../../../../../workflows/technician"
import type { AdminAddTimeOff, Infer } from "../../../../utils/validators"

export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof AdminAddTimeOff>>, res: MedusaResponse) {
  const { result } = await addTimeOffWorkflow(req.scope).run({ input: { technician_id: req.params.id, ...req.validatedBody } })
  res.status(201).json({ time_off: result })
}
