import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A conversation can be assigned only to an existing admin user: an unknown id would notify nobody. */
export const checkAssigneeExistsStep = createStep(
  "check-support-assignee-exists",
  async ({ assignee_id }: { assignee_id?: string | null }, { container }) => {
    if (!assignee_id) return new StepResponse(undefined)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "user", fields: ["id"], filters: { id: assignee_id } })
    if (!data.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Cannot assign the conversation to ${assignee_id}: no admin user has that id`
      )
    }
    return new StepResponse(undefined)
  }
)
