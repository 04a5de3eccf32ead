import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import { containsPattern } from "../../../../modules/support/utils/like-pattern"
import { createCannedReplyWorkflow } from "../../../../workflows/support/create-canned-reply"
import { CANNED_REPLY_FIELDS, retrieveCannedReply } from "../../../utils/canned-replies"
import type { AdminCreateCannedReply, AdminListCannedReplies, Infer } from "../../../utils/validators"

/** GET /admin/support/canned-replies: the replies staff keep ready, by title; q searches title and text. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, Infer<typeof AdminListCannedReplies>>, res: MedusaResponse) {
  const { q, limit, offset } = req.validatedQuery
  const support: SupportModuleService = req.scope.resolve(SUPPORT_MODULE)
  const filters = q ? { $or: [{ title: { $ilike: containsPattern(q) } }, { body: { $ilike: containsPattern(q) } }] } : {}
  const [canned_replies, count] = await support.listAndCountSupportCannedReplies(filters, {
    select: CANNED_REPLY_FIELDS,
    order: { title: "ASC" },
    skip: offset,
    take: limit,
  })
  res.json({ canned_replies, count, limit, offset })
}

/** POST /admin/support/canned-replies: a new reply, remembered as written by the caller. */
export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof AdminCreateCannedReply>>, res: MedusaResponse) {
  const { result } = await createCannedReplyWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: req.auth_context.actor_id ?? null },
  })
  res.status(201).json({ canned_reply: await retrieveCannedReply(req, result.id) })
}
