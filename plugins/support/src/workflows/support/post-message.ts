import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PostMessageInput } from "../../modules/support/service"
import { postMessageStep } from "./steps/post-message"

/** Stores a message first, then announces it: realtime delivery carries the stored id. */
export const postMessageWorkflow = createWorkflow("post-support-message", (input: PostMessageInput) => {
  const message = postMessageStep(input)
  emitEventStep({
    eventName: "support.message.created",
    data: transform({ message, input }, ({ message: posted, input: data }) => ({ id: posted.id, conversation_id: data.conversation_id })),
  })
  return new WorkflowResponse(message)
})
