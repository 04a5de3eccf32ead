import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import type { BookingActor } from "../../modules/booking/utils/rules"
import { loadBookingStep } from "./steps/load-booking"
import { prepareBookingStep } from "./steps/prepare-booking"
import { recordBookingHistoryStep } from "./steps/record-booking-history"
import { updateBookingStep } from "./steps/update-booking"

export type RescheduleBookingWorkflowInput = {
  booking_id: string
  starts_at: string
  actor: BookingActor
  /** Language of the errors; English for staff and internal callers. */
  language?: ShopLanguage
}

/** Moves a booking to another slot with the same technician. */
export const rescheduleBookingWorkflow = createWorkflow("reschedule-booking", (input: RescheduleBookingWorkflowInput) => {
  const booking = loadBookingStep(
    transform(input, (data) => ({ booking_id: data.booking_id, actor: data.actor, require_open: true, language: data.language }))
  )

  const prepared = prepareBookingStep(
    transform({ booking, input }, ({ booking: current, input: data }) => ({
      service_id: current.service_id as string,
      starts_at: data.starts_at,
      technician_id: current.technician_id as string,
      province_code: current.province_code,
      address: current.address as Record<string, unknown> | null,
      exclude_booking_id: current.id,
      language: data.language,
    }))
  )

  const updated = updateBookingStep(
    transform({ booking, prepared, input }, ({ booking: current, prepared: ready, input: data }) => ({
      id: current.id,
      update: { ...ready.times },
      language: data.language,
    }))
  )

  const history = recordBookingHistoryStep(
    transform({ booking, updated, input }, ({ booking: before, updated: after, input: data }) => ({
      booking_id: before.id,
      action: "rescheduled" as const,
      actor: data.actor,
      changes: { starts_at: [before.starts_at, after.starts_at], ends_at: [before.ends_at, after.ends_at] },
    }))
  )

  emitEventStep({
    eventName: "booking.updated",
    data: transform({ updated, history }, ({ updated: after, history: entry }) => ({
      id: after.id,
      history_id: entry.id,
      customer_id: after.customer_id,
      technician_id: after.technician_id,
      status: after.status,
      change: "rescheduled",
    })),
  })

  return new WorkflowResponse(updated)
})
