import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

/** Soft-deletes, so a failure later in the workflow can bring the reply back. */
export const deleteCannedReplyStep = createStep(
  "delete-support-canned-reply",
  async ({ id }: { id: string }, { container }) => {
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    await support.softDeleteSupportCannedReplies(id)
    return new StepResponse(id, id)
  },
  async (cannedReplyId, { container }) => {
    if (!cannedReplyId) return
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    await support.restoreSupportCannedReplies(cannedReplyId)
  }
)
