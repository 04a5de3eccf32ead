import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export type ServiceOfferingInput = {
  handle?: string
  name?: string
  description?: string
  duration_minutes?: number
  price?: number
  deposit_amount?: number | null
  required_skills?: string[]
  requires_address?: boolean
  buffer_before_minutes?: number
  buffer_after_minutes?: number
  product_variant_id?: string | null
  is_active?: boolean
  customer_may_choose_technician?: boolean
}

function assertSensible(input: ServiceOfferingInput) {
  if (input.deposit_amount != null && input.price != null && input.deposit_amount > input.price) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The deposit (${input.deposit_amount}) cannot exceed the price (${input.price})`)
  }
}

export const createServiceOfferingStep = createStep(
  "create-service-offering",
  async (input: ServiceOfferingInput, { container }) => {
    assertSensible(input)
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    const [existing] = await bookingService.listServiceOfferings({ handle: input.handle }, { select: ["id"], withDeleted: true })
    if (existing) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `A service with handle "${input.handle}" already exists`)
    }
    const [service] = await bookingService.createServiceOfferings([input as any])
    return new StepResponse(service, service.id)
  },
  async (serviceId, { container }) => {
    if (!serviceId) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.deleteServiceOfferings(serviceId)
  }
)

export const updateServiceOfferingStep = createStep(
  "update-service-offering",
  async ({ id, ...input }: ServiceOfferingInput & { id: string }, { container }) => {
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    const before = await bookingService.retrieveServiceOffering(id)
    assertSensible({ price: Number(before.price), deposit_amount: before.deposit_amount == null ? null : Number(before.deposit_amount), ...input })
    const previous = Object.fromEntries(Object.keys(input).map((key) => [key, (before as any)[key] ?? null]))
    const service = await bookingService.updateServiceOfferings({ id, ...input } as any)
    return new StepResponse(service, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.updateServiceOfferings({ id: undo.id, ...undo.previous } as any)
  }
)

/** Withdrawn services stay on past bookings; they are soft-deleted, never erased. */
export const deleteServiceOfferingStep = createStep(
  "delete-service-offering",
  async (id: string, { container }) => {
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.retrieveServiceOffering(id)
    await bookingService.softDeleteServiceOfferings(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.restoreServiceOfferings(id)
  }
)
