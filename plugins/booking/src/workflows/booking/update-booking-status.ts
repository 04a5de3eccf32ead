import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import { BookingErrors } from "../../modules/booking/utils/messages"
import { assertTransition, type BookingActor, type BookingStatus } from "../../modules/booking/utils/rules"
import { loadBookingStep } from "./steps/load-booking"
import { recordBookingHistoryStep } from "./steps/record-booking-history"
import { updateBookingStep } from "./steps/update-booking"

export type UpdateBookingStatusWorkflowInput = {
  booking_id: string
  status: BookingStatus
  reason?: string | null
  /** What the technician did or found, kept in the history. */
  note?: string | null
  actor: BookingActor
  /** Set when a technician changes their own job: any other booking is refused. */
  technician_id?: string
  /** Language of the errors; English for staff and internal callers. */
  language?: ShopLanguage
}

const checkTransitionStep = createStep(
  "check-booking-transition",
  async ({ booking, input }: { booking: { id: string; status: string }; input: UpdateBookingStatusWorkflowInput }) => {
    if (input.actor.type === "customer" && input.status !== "cancelled") {
      throw BookingErrors.customersOnlyCancel(input.language ?? "en")
    }
    assertTransition(booking.status as BookingStatus, input.status, input.language)
    return new StepResponse(undefined)
  }
)

/**
 * Moves a booking along its life: confirm, start, complete, mark a no-show, or cancel.
 * A cancellation frees the technician's time at once.
 */
export const updateBookingStatusWorkflow = createWorkflow(
  "update-booking-status",
  (input: UpdateBookingStatusWorkflowInput) => {
    const booking = loadBookingStep(
      transform(input, (data) => ({
        booking_id: data.booking_id,
        actor: data.actor,
        technician_id: data.technician_id,
        language: data.language,
      }))
    )
    checkTransitionStep({ booking, input })

    const updated = updateBookingStep(
      transform({ booking, input }, ({ booking: current, input: data }) => ({
        id: current.id,
        update:
          data.status === "cancelled"
            ? { status: data.status, cancelled_at: new Date(), cancellation_reason: data.reason ?? null }
            : { status: data.status },
      }))
    )

    const history = recordBookingHistoryStep(
      transform({ booking, input }, ({ booking: before, input: data }) => ({
        booking_id: before.id,
        action: data.status === "cancelled" ? ("cancelled" as const) : ("status_changed" as const),
        actor: data.actor,
        from_status: before.status,
        to_status: data.status,
        changes: data.reason || data.note ? { ...(data.reason && { reason: data.reason }), ...(data.note && { note: data.note }) } : null,
      }))
    )

    const event = transform({ updated, booking, history }, ({ updated: after, booking: before, history: entry }) => ({
      eventName: after.status === "cancelled" ? "booking.cancelled" : "booking.updated",
      data: {
        id: after.id,
        history_id: entry.id,
        customer_id: after.customer_id,
        technician_id: after.technician_id,
        status: after.status,
        previous_status: before.status,
        change: "status",
      },
    }))
    emitEventStep(event)

    return new WorkflowResponse(updated)
  }
)
