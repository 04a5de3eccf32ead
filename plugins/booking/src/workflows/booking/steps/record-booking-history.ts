import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { BookingActor } from "../../../modules/booking/utils/rules"

export type BookingHistoryEntry = {
  booking_id: string
  action: "created" | "rescheduled" | "reassigned" | "status_changed" | "cancelled" | "attached_to_order"
  actor: BookingActor
  from_status?: string | null
  to_status?: string | null
  changes?: Record<string, unknown> | null
}

export const recordBookingHistoryStep = createStep(
  "record-booking-history",
  async (entry: BookingHistoryEntry, { container }) => {
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    const [history] = await bookingService.createBookingHistories([
      {
        booking_id: entry.booking_id,
        action: entry.action,
        actor_type: entry.actor.type,
        actor_id: entry.actor.id ?? null,
        from_status: entry.from_status ?? null,
        to_status: entry.to_status ?? null,
        changes: entry.changes ?? null,
      } as any,
    ])
    return new StepResponse(history, history.id)
  },
  async (historyId, { container }) => {
    if (!historyId) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.deleteBookingHistories(historyId)
  }
)
