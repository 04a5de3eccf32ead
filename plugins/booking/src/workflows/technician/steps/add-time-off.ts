import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export type AddTimeOffInput = { technician_id: string; starts_at: string; ends_at: string; reason?: string | null }

export const addTimeOffStep = createStep(
  "add-technician-time-off",
  async (input: AddTimeOffInput, { container }) => {
    if (new Date(input.ends_at) <= new Date(input.starts_at)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Time off must end after it starts (${input.starts_at} → ${input.ends_at})`)
    }
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.retrieveTechnician(input.technician_id)
    const [timeOff] = await bookingService.createTimeOffs([{ ...input, starts_at: new Date(input.starts_at), ends_at: new Date(input.ends_at) } as any])
    return new StepResponse(timeOff, timeOff.id)
  },
  async (timeOffId, { container }) => {
    if (!timeOffId) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.deleteTimeOffs(timeOffId)
  }
)
