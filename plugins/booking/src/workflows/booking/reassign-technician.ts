import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import type { BookingActor } from "../../modules/booking/utils/rules"
import { loadBookingStep } from "./steps/load-booking"
import { prepareBookingStep } from "./steps/prepare-booking"
import { recordBookingHistoryStep } from "./steps/record-booking-history"
import { updateBookingStep } from "./steps/update-booking"

export type ReassignTechnicianWorkflowInput = {
  booking_id: string
  technician_id: string
  /** Optionally move the booking in the same change, e.g. when dragged on the calendar. */
  starts_at?: string
  actor: BookingActor
  /** Language of the errors; English for internal callers. */
  language?: ShopLanguage
}

/** Gives a booking to another technician, who must be qualified, serve the area and be free. */
export const reassignTechnicianWorkflow = createWorkflow("reassign-technician", (input: ReassignTechnicianWorkflowInput) => {
  const booking = loadBookingStep(transform(input, (data) => ({ booking_id: data.booking_id, actor: data.actor, require_open: true, language: data.language })))

  const prepared = prepareBookingStep(
    transform({ booking, input }, ({ booking: current, input: data }) => ({
      service_id: current.service_id as string,
      starts_at: data.starts_at ?? new Date(current.starts_at).toISOString(),
      technician_id: data.technician_id,
      province_code: current.province_code,
      address: current.address as Record<string, unknown> | null,
      exclude_booking_id: current.id,
      language: data.language,
    }))
  )

  const updated = updateBookingStep(
    transform({ booking, prepared, input }, ({ booking: current, prepared: ready, input: data }) => ({
      id: current.id,
      update: { technician_id: ready.technician_id, ...ready.times },
      language: data.language,
    }))
  )

  const history = recordBookingHistoryStep(
    transform({ booking, updated, input }, ({ booking: before, updated: after, input: data }) => ({
      booking_id: before.id,
      action: "reassigned" as const,
      actor: data.actor,
      changes: {
        technician_id: [before.technician_id, after.technician_id],
        ...(String(before.starts_at) !== String(after.starts_at) && { starts_at: [before.starts_at, after.starts_at] }),
      },
    }))
  )

  emitEventStep({
    eventName: "booking.updated",
    data: transform({ updated, booking, history }, ({ updated: after, booking: before, history: entry }) => ({
      id: after.id,
      history_id: entry.id,
      customer_id: after.customer_id,
      technician_id: after.technician_id,
      previous_technician_id: before.technician_id,
      status: after.status,
      change: "reassigned",
    })),
  })

  return new WorkflowResponse(updated)
})
