import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeTimeOffWorkflow } from "../../../../../../workflows/technician"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeTimeOffWorkflow(req.scope).run({
    input: { technician_id: req.params.id, time_off_id: req.params.time_off_id },
  })
  res.json({ id: req.params.time_off_id, object: "technician_time_off", deleted: true })
}
