import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { languageOf, localized } from "@tailoc/shop-locale"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"

export const CANNED_REPLY_FIELDS = ["id", "title", "body", "created_by", "created_at", "updated_at"]

/** The canned reply named in the URL, or a 404 staff can read (the admin asks in Vietnamese). */
export async function retrieveCannedReply(req: MedusaRequest, id: string) {
  const support: SupportModuleService = req.scope.resolve(SUPPORT_MODULE)
  const [cannedReply] = await support.listSupportCannedReplies({ id }, { select: CANNED_REPLY_FIELDS })
  if (!cannedReply) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      localized(req.headers["accept-language"] ? languageOf(req) : "en", {
        vi: `Không tìm thấy câu trả lời mẫu ${id}; có thể đồng nghiệp đã xoá nó.`,
        en: `Canned reply ${id} was not found; a colleague may have deleted it.`,
      })
    )
  }
  return cannedReply
}
