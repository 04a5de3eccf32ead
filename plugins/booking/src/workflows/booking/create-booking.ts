import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BookingActor } from "../../modules/booking/utils/rules"
import { createBookingStep } from "./steps/create-booking"
import { prepareBookingStep } from "./steps/prepare-booking"
import { recordBookingHistoryStep } from "./steps/record-booking-history"

export type CreateBookingWorkflowInput = {
  service_id: string
  starts_at: string
  technician_id?: string
  customer_id?: string | null
  contact_name?: string | null
  contact_phone?: string | null
  contact_email?: string | null
  address?: Record<string, unknown> | null
  province_code?: string | null
  notes?: string | null
  /** Staff may confirm on creation; a customer's booking waits for the shop to confirm it. */
  status?: "requested" | "confirmed"
  actor: BookingActor
}

export const createBookingWorkflow = createWorkflow("create-booking", (input: CreateBookingWorkflowInput) => {
  const prepared = prepareBookingStep(
    transform(input, (data) => ({
      service_id: data.service_id,
      starts_at: data.starts_at,
      technician_id: data.technician_id,
      province_code: data.province_code,
      address: data.address,
    }))
  )

  const booking = createBookingStep(
    transform({ input, prepared }, ({ input: data, prepared: ready }) => ({
      service_id: ready.service.id,
      technician_id: ready.technician_id,
      ...ready.times,
      customer_id: data.customer_id ?? null,
      contact_name: data.contact_name ?? null,
      contact_phone: data.contact_phone ?? null,
      contact_email: data.contact_email ?? null,
      address: data.address ?? null,
      province_code: data.province_code ?? null,
      notes: data.notes ?? null,
      status: data.actor.type === "customer" ? "requested" : (data.status ?? "requested"),
    }))
  )

  const history = recordBookingHistoryStep(
    transform({ booking, input }, ({ booking: created, input: data }) => ({
      booking_id: created.id,
      action: "created" as const,
      actor: data.actor,
      to_status: created.status,
    }))
  )

  emitEventStep({
    eventName: "booking.created",
    data: transform({ booking, history }, ({ booking: created, history: entry }) => ({
      id: created.id,
      history_id: entry.id,
      customer_id: created.customer_id,
      technician_id: created.technician_id,
      status: created.status,
    })),
  })

  return new WorkflowResponse(booking)
})
