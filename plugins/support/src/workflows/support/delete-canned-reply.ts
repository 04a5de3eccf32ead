import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCannedReplyStep } from "./steps/delete-canned-reply"

export const deleteCannedReplyWorkflow = createWorkflow("delete-support-canned-reply", (input: { id: string }) => {
  return new WorkflowResponse(deleteCannedReplyStep(input))
})
