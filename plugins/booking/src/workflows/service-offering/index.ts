import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createServiceOfferingStep,
  deleteServiceOfferingStep,
  updateServiceOfferingStep,
  type ServiceOfferingInput,
} from "./steps/service-offering-steps"

export const createServiceOfferingWorkflow = createWorkflow("create-service-offering", (input: ServiceOfferingInput) => {
  return new WorkflowResponse(createServiceOfferingStep(input))
})

export const updateServiceOfferingWorkflow = createWorkflow(
  "update-service-offering",
  (input: ServiceOfferingInput & { id: string }) => {
    return new WorkflowResponse(updateServiceOfferingStep(input))
  }
)

export const deleteServiceOfferingWorkflow = createWorkflow("delete-service-offering", (input: { id: string }) => {
  return new WorkflowResponse(deleteServiceOfferingStep(input.id))
})
