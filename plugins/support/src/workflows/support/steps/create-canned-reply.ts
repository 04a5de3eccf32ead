import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export type CreateCannedReplyData = { title: string; body: string; created_by: string | null }

export const createCannedReplyStep = createStep(
  "create-support-canned-reply",
  async (data: CreateCannedReplyData, { container }) => {
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    const cannedReply = await support.createSupportCannedReplies(data)
    return new StepResponse(cannedReply, cannedReply.id)
  },
  async (cannedReplyId, { container }) => {
    if (!cannedReplyId) return
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    await support.deleteSupportCannedReplies(cannedReplyId)
  }
)
