import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export type CreateConversationData = {
  kind: "chat" | "ticket"
  subject: string
  customer_id?: string | null
  guest_id?: string | null
  guest_name?: string | null
  guest_email?: string | null
  order_id?: string | null
  priority?: "low" | "normal" | "high" | "urgent"
}

export const createConversationStep = createStep(
  "create-support-conversation",
  async (data: CreateConversationData, { container }) => {
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    const [conversation] = await support.createSupportConversations([data as any])
    return new StepResponse(conversation, conversation.id)
  },
  async (conversationId, { container }) => {
    if (!conversationId) return
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    await support.deleteSupportConversations(conversationId)
  }
)
