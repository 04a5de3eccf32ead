import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { assertValidShifts, type Shift } from "../../../modules/booking/utils/shifts"

export type CreateTechnicianInput = {
  name: string
  user_id?: string | null
  phone?: string | null
  email?: string | null
  skills?: string[]
  service_provinces?: string[]
  is_active?: boolean
  working_hours?: Shift[]
}

export const createTechnicianStep = createStep(
  "create-technician",
  async ({ working_hours = [], ...data }: CreateTechnicianInput, { container }) => {
    assertValidShifts(working_hours)
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    const [technician] = await bookingService.createTechnicians([data as any])
    if (working_hours.length) {
      await bookingService.createWorkingHours(working_hours.map((shift) => ({ ...shift, technician_id: technician.id })) as any)
    }
    return new StepResponse(technician, technician.id)
  },
  async (technicianId, { container }) => {
    if (!technicianId) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    // Working hours and time off go with it (ON DELETE CASCADE).
    await bookingService.deleteTechnicians(technicianId)
  }
)
