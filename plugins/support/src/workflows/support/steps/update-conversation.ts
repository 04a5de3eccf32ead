import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export const updateConversationStep = createStep(
  "update-support-conversation",
  async ({ id, ...update }: { id: string } & Record<string, unknown>, { container }) => {
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    const before = (await support.retrieveSupportConversation(id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(update).map((key) => [key, before[key] ?? null]))
    const conversation = await support.updateSupportConversations({ id, ...update } as any)
    return new StepResponse(conversation, { id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    await support.updateSupportConversations(previous as any)
  }
)
