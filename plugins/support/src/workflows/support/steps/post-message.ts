import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { PostMessageInput } from "../../../modules/support/service"

const RESTORED = ["status", "last_message_at", "last_message_by", "customer_read_at", "staff_read_at"] as const

/** Stores a message; undoing it removes the message and puts the conversation back as it was. */
export const postMessageStep = createStep(
  "post-support-message",
  async (input: PostMessageInput, { container }) => {
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    const before = (await support.retrieveSupportConversation(input.conversation_id)) as unknown as Record<string, unknown>
    const message = await support.postMessage(input)
    return new StepResponse(message, {
      message_id: message.id,
      conversation: { id: input.conversation_id, ...Object.fromEntries(RESTORED.map((key) => [key, before[key] ?? null])) },
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const support: SupportModuleService = container.resolve(SUPPORT_MODULE)
    await support.deleteSupportMessages(undo.message_id)
    await support.updateSupportConversations(undo.conversation as any)
  }
)
