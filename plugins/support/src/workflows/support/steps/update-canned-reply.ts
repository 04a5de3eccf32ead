import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export type UpdateCannedReplyData = { id: string; title?: string; body?: string }

export const updateCannedReplyStep = createStep(
  "update-support-canned-reply",
  async ({ id, ...update }: UpdateCannedReplyData, { container }) => {
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    const before = await support.retrieveSupportCannedReply(id)
    const cannedReply = await support.updateSupportCannedReplies({ id, ...update })
    return new StepResponse(cannedReply, { id, title: before.title, body: before.body })
  },
  async (previous, { container }) => {
    if (!previous) return
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    await support.updateSupportCannedReplies(previous)
  }
)
