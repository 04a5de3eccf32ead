import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export const removeTimeOffStep = createStep(
  "remove-technician-time-off",
  async ({ technician_id, time_off_id }: { technician_id: string; time_off_id: string }, { container }) => {
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    const [timeOff] = await bookingService.listTimeOffs({ id: time_off_id, technician_id })
    if (!timeOff) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Time off ${time_off_id} of technician ${technician_id} was not found`)
    }
    await bookingService.softDeleteTimeOffs(time_off_id)
    return new StepResponse(time_off_id, time_off_id)
  },
  async (timeOffId, { container }) => {
    if (!timeOffId) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookingService.restoreTimeOffs(timeOffId)
  }
)
