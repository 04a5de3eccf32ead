import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moveGuestConversationsStep } from "./steps/move-guest-conversations"

/** Hands a guest's conversations to the customer who just logged in. */
export const claimGuestConversationsWorkflow = createWorkflow(
  "claim-guest-conversations",
  (input: { guest_id: string; customer_id: string }) => {
    const ids = moveGuestConversationsStep(input)
    emitEventStep({
      eventName: "support.conversation.claimed",
      data: transform({ ids, input }, ({ ids: moved, input: data }) => ({ ids: moved, customer_id: data.customer_id })),
    })
    return new WorkflowResponse(ids)
  }
)
