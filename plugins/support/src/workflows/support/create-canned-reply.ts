import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCannedReplyStep, type CreateCannedReplyData } from "./steps/create-canned-reply"

/** Adds a reply staff can pick in the inbox's reply box. */
export const createCannedReplyWorkflow = createWorkflow("create-support-canned-reply", (input: CreateCannedReplyData) => {
  return new WorkflowResponse(createCannedReplyStep(input))
})
