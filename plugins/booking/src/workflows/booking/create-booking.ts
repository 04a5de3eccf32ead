import { createHash } from "node:crypto"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import type { BookingActor } from "../../modules/booking/utils/rules"
import { assertCustomerExistsStep } from "./steps/assert-customer-exists"
import { createBookingStep } from "./steps/create-booking"
import { findIdempotentBookingStep } from "./steps/find-idempotent-booking"
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
  /** A customer's Idempotency-Key: repeating the same request with it returns the same booking. */
  idempotency_key?: string | null
  /** Language of the errors; English for staff and internal callers. */
  language?: ShopLanguage
}

/** JSON with sorted keys, so the same request always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined)
    return `{${entries.sort(([a], [b]) => a.localeCompare(b)).map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`
  }
  return JSON.stringify(value ?? null)
}

/** What makes two requests "the same" for an idempotency key; the start compared as an instant. */
function requestFingerprint(input: CreateBookingWorkflowInput): string | null {
  if (!input.idempotency_key) return null
  const { idempotency_key: _key, language: _language, actor: _actor, starts_at, ...request } = input
  return createHash("sha256")
    .update(canonical({ ...request, starts_at: new Date(starts_at).toISOString() }))
    .digest("hex")
}

export const createBookingWorkflow = createWorkflow("create-booking", (input: CreateBookingWorkflowInput) => {
  // Repeats of one key wait for the first to finish, then find its booking instead of
  // racing it for the slot. (Without a key there is nothing to lock.)
  const repeatLock = transform(input, (data) =>
    data.customer_id && data.idempotency_key ? `booking:idempotency:${data.customer_id}:${data.idempotency_key}` : undefined
  )
  acquireLockStep({ key: repeatLock, timeout: 30, ttl: 60 })

  const idempotency = transform(input, (data) => ({
    customer_id: data.customer_id,
    idempotency_key: data.idempotency_key ?? null,
    idempotency_fingerprint: requestFingerprint(data),
    language: data.language,
  }))
  const earlier = findIdempotentBookingStep(idempotency)

  const placed = when("book-when-not-a-repeat", { earlier }, ({ earlier: found }) => !found).then(() => {
    assertCustomerExistsStep(
      transform(input, (data) => ({ customer_id: data.actor.type === "user" ? data.customer_id : null, language: data.language }))
    )
    const prepared = prepareBookingStep(
      transform(input, (data) => ({
        service_id: data.service_id,
        starts_at: data.starts_at,
        technician_id: data.technician_id,
        technician_chosen_by_customer: data.actor.type === "customer" && Boolean(data.technician_id),
        province_code: data.province_code,
        address: data.address,
        language: data.language,
      }))
    )

    return createBookingStep(
      transform({ input, prepared, idempotency }, ({ input: data, prepared: ready, idempotency: key }) => ({
        service_id: ready.service.id,
        technician_ids: ready.technician_ids,
        ...ready.times,
        customer_id: data.customer_id ?? null,
        contact_name: data.contact_name ?? null,
        contact_phone: data.contact_phone ?? null,
        contact_email: data.contact_email ?? null,
        address: data.address ?? null,
        province_code: data.province_code ?? null,
        notes: data.notes ?? null,
        status: data.actor.type === "customer" ? "requested" : (data.status ?? "requested"),
        idempotency_key: key.idempotency_key,
        idempotency_fingerprint: key.idempotency_fingerprint,
        limit_live_bookings: data.actor.type === "customer",
        language: data.language,
      }))
    )
  })

  // A repeat that got past the lock (a deployment whose processes share no lock) is caught
  // again under the database lock: the create step hands back the first booking, uncreated,
  // and there is no second history entry or "booking.created".
  when("record-new-booking", { placed }, ({ placed: outcome }) => Boolean(outcome?.created)).then(() => {
    const booking = transform({ placed }, ({ placed: outcome }) => outcome!.booking)
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
  })

  releaseLockStep({ key: repeatLock })

  return new WorkflowResponse(
    transform({ earlier, placed }, ({ earlier: found, placed: outcome }) => found ?? outcome!.booking)
  )
})
