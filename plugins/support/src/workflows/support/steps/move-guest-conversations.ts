import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export const moveGuestConversationsStep = createStep(
  "move-guest-conversations",
  async ({ guest_id, customer_id }: { guest_id: string; customer_id: string }, { container }) => {
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    const conversations = await support.listSupportConversations({ guest_id }, { select: ["id"], take: null })
    const ids = conversations.map((conversation) => conversation.id)
    if (ids.length) {
      await support.updateSupportConversations(ids.map((id) => ({ id, customer_id, guest_id: null })) as any)
    }
    return new StepResponse(ids, { ids, guest_id })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) return
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    await support.updateSupportConversations(undo.ids.map((id) => ({ id, customer_id: null, guest_id: undo.guest_id })) as any)
  }
)
