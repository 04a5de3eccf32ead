import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCannedReplyStep, type UpdateCannedReplyData } from "./steps/update-canned-reply"

export const updateCannedReplyWorkflow = createWorkflow("update-support-canned-reply", (input: UpdateCannedReplyData) => {
  return new WorkflowResponse(updateCannedReplyStep(input))
})
