import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addTimeOffStep, type AddTimeOffInput } from "./steps/add-time-off"
import { createTechnicianStep, type CreateTechnicianInput } from "./steps/create-technician"
import { deleteTechnicianStep } from "./steps/delete-technician"
import { removeTimeOffStep } from "./steps/remove-time-off"
import { updateTechnicianStep, type UpdateTechnicianInput } from "./steps/update-technician"

export const createTechnicianWorkflow = createWorkflow("create-technician", (input: CreateTechnicianInput) => {
  return new WorkflowResponse(createTechnicianStep(input))
})

export const updateTechnicianWorkflow = createWorkflow("update-technician", (input: UpdateTechnicianInput) => {
  return new WorkflowResponse(updateTechnicianStep(input))
})

export const deleteTechnicianWorkflow = createWorkflow("delete-technician", (input: { id: string }) => {
  return new WorkflowResponse(deleteTechnicianStep(input.id))
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
