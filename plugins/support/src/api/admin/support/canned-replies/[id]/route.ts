import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCannedReplyWorkflow } from "../../../../../workflows/support/delete-canned-reply"
import { updateCannedReplyWorkflow } from "../../../../../workflows/support/update-canned-reply"
import { retrieveCannedReply } from "../../../../utils/canned-replies"
import type { AdminUpdateCannedReply, Infer } from "../../../../utils/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ canned_reply: await retrieveCannedReply(req, req.params.id) })
}

/** POST /admin/support/canned-replies/:id: change its title or text. */
export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof AdminUpdateCannedReply>>, res: MedusaResponse) {
  await retrieveCannedReply(req, req.params.id)
  await updateCannedReplyWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ canned_reply: await retrieveCannedReply(req, req.params.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveCannedReply(req, req.params.id)
  await deleteCannedReplyWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "support_canned_reply", deleted: true })
}
