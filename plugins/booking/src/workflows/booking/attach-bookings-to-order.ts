import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

type Attachment = { booking_id: string; previous_status: string }

/**
 * The bookings an order paid for: line items carrying metadata.booking_id of a live booking
 * of the same customer that no order holds yet. Anything else in metadata is ignored.
 */
const findPaidBookingsStep = createStep("find-bookings-paid-by-order", async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id", "items.metadata"], filters: { id: order_id } })
  const order = data[0]
  const bookingIds = [...new Set((order?.items ?? []).map((item: any) => item?.metadata?.booking_id).filter((id: unknown): id is string => typeof id === "string"))]
  if (!order || !bookingIds.length) return new StepResponse([] as { id: string; status: string }[])
  const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
  const bookings = await bookingService.listBookings(
    { id: bookingIds, customer_id: order.customer_id, order_id: null, status: ["requested", "confirmed"] },
    { select: ["id", "status"] }
  )
  return new StepResponse(bookings.map((booking) => ({ id: booking.id, status: booking.status as string })))
})

const attachStep = createStep(
  "attach-bookings-to-order",
  async ({ order_id, bookings }: { order_id: string; bookings: { id: string; status: string }[] }, { container }) => {
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    for (const booking of bookings) {
      await bookingService.updateBookings({ id: booking.id, order_id, status: "confirmed" } as any)
    }
    const undo: Attachment[] = bookings.map((booking) => ({ booking_id: booking.id, previous_status: booking.status }))
    return new StepResponse(bookings.map((booking) => booking.id), undo)
  },
  async (undo, { container }) => {
    if (!undo?.length) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    for (const entry of undo) {
      await bookingService.updateBookings({ id: entry.booking_id, order_id: null, status: entry.previous_status } as any)
    }
  }
)

const recordStep = createStep(
  "record-bookings-paid",
  async ({ order_id, bookings }: { order_id: string; bookings: { id: string; status: string }[] }, { container }) => {
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    const history: { id: string }[] = bookings.length
      ? ((await bookingService.createBookingHistories(
          bookings.map((booking) => ({
            booking_id: booking.id,
            action: "attached_to_order",
            actor_type: "system",
            from_status: booking.status,
            to_status: "confirmed",
            changes: { order_id },
          })) as any
        )) as unknown as { id: string }[])
      : []
    return new StepResponse(history, history.map((entry) => entry.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.deleteBookingHistories(ids)
  }
)

/** A paid order confirms the bookings it paid for and links them to itself. */
export const attachBookingsToOrderWorkflow = createWorkflow("attach-bookings-to-order", (input: { order_id: string }) => {
  const bookings = findPaidBookingsStep(input)
  const attached = attachStep(transform({ input, bookings }, ({ input: data, bookings: found }) => ({ order_id: data.order_id, bookings: found })))
  const history = recordStep(transform({ input, bookings }, ({ input: data, bookings: found }) => ({ order_id: data.order_id, bookings: found })))
  emitEventStep({
    eventName: "booking.updated",
    data: transform({ bookings, history, input }, ({ bookings: found, history: entries, input: data }) =>
      found.map((booking, index) => ({
        id: booking.id,
        history_id: (entries[index] as { id: string }).id,
        order_id: data.order_id,
        status: "confirmed",
        previous_status: booking.status,
        change: "status",
      }))
    ),
  })
  return new WorkflowResponse(attached)
})
