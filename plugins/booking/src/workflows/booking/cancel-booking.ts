import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import type { BookingActor } from "../../modules/booking/utils/rules"
import { updateBookingStatusWorkflow } from "./update-booking-status"

export type CancelBookingWorkflowInput = {
  booking_id: string
  reason?: string | null
  actor: BookingActor
  language?: ShopLanguage
}

/** Cancels a booking, within the shop's deadline when the customer does it. */
export const cancelBookingWorkflow = createWorkflow("cancel-booking", (input: CancelBookingWorkflowInput) => {
  const cancelled = updateBookingStatusWorkflow.runAsStep({
    input: transform(input, (data) => ({ ...data, status: "cancelled" as const })),
  })
  return new WorkflowResponse(cancelled)
})
