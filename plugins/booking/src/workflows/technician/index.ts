import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import { addTimeOffStep, type AddTimeOffInput } from "./steps/add-time-off"
import { assertUserLinkableStep } from "./steps/assert-user-linkable"
import { createTechnicianStep, type CreateTechnicianInput } from "./steps/create-technician"
import { deleteTechnicianStep } from "./steps/delete-technician"
import { removeTimeOffStep } from "./steps/remove-time-off"
import { updateTechnicianStep, type UpdateTechnicianInput } from "./steps/update-technician"

type Localized = { language?: ShopLanguage }

export const createTechnicianWorkflow = createWorkflow("create-technician", (input: CreateTechnicianInput & Localized) => {
  assertUserLinkableStep(transform(input, (data) => ({ user_id: data.user_id, language: data.language })))
  return new WorkflowResponse(createTechnicianStep(transform(input, ({ language: _language, ...data }) => data)))
})

export const updateTechnicianWorkflow = createWorkflow("update-technician", (input: UpdateTechnicianInput & Localized) => {
  assertUserLinkableStep(transform(input, (data) => ({ user_id: data.user_id, technician_id: data.id, language: data.language })))
  return new WorkflowResponse(updateTechnicianStep(transform(input, ({ language: _language, ...data }) => data)))
})

export const deleteTechnicianWorkflow = createWorkflow("delete-technician", (input: { id: string } & Localized) => {
  return new WorkflowResponse(deleteTechnicianStep(input))
})

export const addTimeOffWorkflow = createWorkflow("add-technician-time-off", (input: AddTimeOffInput) => {
  return new WorkflowResponse(addTimeOffStep(input))
})

export const removeTimeOffWorkflow = createWorkflow(
  "remove-technician-time-off",
  (input: { technician_id: string; time_off_id: string }) => {
    return new WorkflowResponse(removeTimeOffStep(input))
  }
)
