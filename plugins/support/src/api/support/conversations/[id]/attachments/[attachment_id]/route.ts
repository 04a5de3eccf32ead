import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { languageOf, localized } from "@tailoc/shop-locale"
import { hasValidSignature, sendAttachment } from "../../../../../utils/attachment-access"

/**
 * GET /support/conversations/:id/attachments/:attachment_id?expires&signature: the short-lived
 * signed link an <img> can load without a login header. Outside /store, so no publishable key.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  if (!hasValidSignature(req.scope, req.params.id, req.params.attachment_id, req.query)) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      localized(languageOf(req), {
        vi: "Liên kết tệp không hợp lệ hoặc đã hết hạn; hãy mở lại hội thoại để lấy liên kết mới",
        en: "This attachment link is invalid or has expired; open the conversation again for a new one",
      })
    )
  }
  await sendAttachment(req, res, { conversationId: req.params.id, attachmentId: req.params.attachment_id })
}
