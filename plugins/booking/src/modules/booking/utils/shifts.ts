import { MedusaError } from "@medusajs/framework/utils"
import { clockOf } from "./time-zone"

export type Shift = { weekday: number; start_minute: number; end_minute: number }

/** A weekly schedule a technician can actually work: real days, real times, no double shifts. */
export function assertValidShifts(shifts: Shift[]) {
  const problems: string[] = []
  for (const shift of shifts) {
    if (!Number.isInteger(shift.weekday) || shift.weekday < 0 || shift.weekday > 6) {
      problems.push(`weekday must be 0 (Sunday) to 6 (Saturday), got ${shift.weekday}`)
    }
    if (!(shift.start_minute >= 0 && shift.start_minute < 1440)) {
      problems.push(`start_minute must be between 0 and 1439, got ${shift.start_minute}`)
    }
    if (!(shift.end_minute > shift.start_minute && shift.end_minute <= shift.start_minute + 1440)) {
      problems.push(`a shift starting ${clockOf(shift.start_minute)} must end after it and within 24 hours (end_minute ${shift.end_minute})`)
    }
  }
  const weekMinutes = shifts
    .map((shift) => ({ ...shift, from: shift.weekday * 1440 + shift.start_minute, until: shift.weekday * 1440 + shift.end_minute }))
    .sort((a, b) => a.from - b.from)
  for (let index = 1; index < weekMinutes.length; index++) {
    if (weekMinutes[index].from < weekMinutes[index - 1].until) {
      problems.push(`shifts on weekday ${weekMinutes[index - 1].weekday} and ${weekMinutes[index].weekday} overlap`)
    }
  }
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid working hours: ${problems.join("; ")}`)
  }
}
