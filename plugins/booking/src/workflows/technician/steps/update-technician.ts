import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { assertValidShifts, type Shift } from "../../../modules/booking/utils/shifts"
import type { CreateTechnicianInput } from "./create-technician"

export type UpdateTechnicianInput = { id: string } & Partial<CreateTechnicianInput>

type Snapshot = { id: string; fields: Record<string, unknown>; working_hours?: Shift[] }

const shiftsOf = (hours: { weekday: number; start_minute: number; end_minute: number }[]) =>
  hours.map(({ weekday, start_minute, end_minute }) => ({ weekday, start_minute, end_minute }))

async function replaceShifts(bookingService: BookingModuleService, technicianId: string, shifts: Shift[]) {
  const current = await bookingService.listWorkingHours({ technician_id: technicianId }, { select: ["id"], take: null })
  if (current.length) await bookingService.deleteWorkingHours(current.map((shift) => shift.id))
  if (shifts.length) {
    await bookingService.createWorkingHours(shifts.map((shift) => ({ ...shift, technician_id: technicianId })) as any)
  }
}

/** Updates a technician; `working_hours`, when given, replaces the whole weekly schedule. */
export const updateTechnicianStep = createStep(
  "update-technician",
  async ({ id, working_hours, ...fields }: UpdateTechnicianInput, { container }) => {
    if (working_hours) assertValidShifts(working_hours)
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    const before = await bookingService.retrieveTechnician(id, { relations: ["working_hours"] })
    const snapshot: Snapshot = {
      id,
      fields: Object.fromEntries(Object.keys(fields).map((key) => [key, (before as any)[key] ?? null])),
      working_hours: working_hours ? shiftsOf(before.working_hours) : undefined,
    }
    if (Object.keys(fields).length) await bookingService.updateTechnicians({ id, ...fields } as any)
    if (working_hours) await replaceShifts(bookingService, id, working_hours)
    return new StepResponse(await bookingService.retrieveTechnician(id, { relations: ["working_hours"] }), snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    if (Object.keys(snapshot.fields).length) await bookingService.updateTechnicians({ id: snapshot.id, ...snapshot.fields } as any)
    if (snapshot.working_hours) await replaceShifts(bookingService, snapshot.id, snapshot.working_hours)
  }
)
