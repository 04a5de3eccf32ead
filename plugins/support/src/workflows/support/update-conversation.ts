import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ConversationPriority, ConversationStatus } from "../../modules/support/status"
import { checkAssigneeExistsStep } from "./steps/check-assignee-exists"
import { updateConversationStep } from "./steps/update-conversation"

export type UpdateConversationWorkflowInput = {
  id: string
  assignee_id?: string | null
  status?: ConversationStatus
  priority?: ConversationPriority
}

export const updateConversationWorkflow = createWorkflow("update-support-conversation", (input: UpdateConversationWorkflowInput) => {
  checkAssigneeExistsStep(transform(input, (data) => ({ assignee_id: data.assignee_id })))
  const conversation = updateConversationStep(input)
  emitEventStep({
    eventName: "support.conversation.updated",
    data: transform({ conversation }, ({ conversation: updated }) => ({
      id: updated.id,
      customer_id: updated.customer_id,
      assignee_id: updated.assignee_id,
      status: updated.status,
    })),
  })
  return new WorkflowResponse(conversation)
})
