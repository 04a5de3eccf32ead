import { addDays, localTimeToUtc, weekdayOf, type LocalDate } from "./time-zone"

const MINUTE = 60_000

export type ServiceRequirements = {
  duration_minutes: number
  buffer_before_minutes: number
  buffer_after_minutes: number
  required_skills: string[]
  requires_address: boolean
}

export type TechnicianSchedule = {
  id: string
  is_active: boolean
  skills: string[]
  service_provinces: string[]
  working_hours: { weekday: number; start_minute: number; end_minute: number }[]
  time_off: { starts_at: Date | string; ends_at: Date | string }[]
}

/** A span of a technician's time that is already taken (a booking with its buffers). */
export type BusyInterval = { technician_id: string; from: Date | string; until: Date | string }

export type AvailabilityQuery = {
  service: ServiceRequirements
  technicians: TechnicianSchedule[]
  busy: BusyInterval[]
  /** First and last local dates shown, both included. */
  from: LocalDate
  to: LocalDate
  provinceCode?: string | null
  timeZone: string
  now: Date
  slotStepMinutes?: number
  minimumNoticeMinutes?: number
}

export type Slot = { starts_at: string; ends_at: string; technician_ids: string[] }

type Interval = { from: number; until: number }

export function isQualified(technician: TechnicianSchedule, service: ServiceRequirements, provinceCode?: string | null) {
  if (!technician.is_active) return false
  if (!service.required_skills.every((skill) => technician.skills.includes(skill))) return false
  if (service.requires_address) {
    return Boolean(provinceCode && technician.service_provinces.includes(provinceCode))
  }
  return true
}

/** Sorted, disjoint busy intervals, so one forward scan answers "is this span free?". */
function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.from - b.from)
  const merged: Interval[] = []
  for (const interval of sorted) {
    const last = merged[merged.length - 1]
    if (last && interval.from <= last.until) {
      last.until = Math.max(last.until, interval.until)
    } else {
      merged.push({ ...interval })
    }
  }
  return merged
}

/** Index of the first interval that ends after `instant`. */
function firstEndingAfter(intervals: Interval[], instant: number) {
  let low = 0
  let high = intervals.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (intervals[middle].until <= instant) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Open slots of a service between two local dates: each qualified technician's working
 * hours, minus time off, minus existing bookings (which already include their buffers),
 * with the new booking's own buffers kept clear too. Shifts that cross midnight belong to
 * the day they start; a slot belongs to the range when it starts inside it.
 */
export function computeAvailableSlots(query: AvailabilityQuery): Slot[] {
  const step = (query.slotStepMinutes ?? 30) * MINUTE
  const duration = query.service.duration_minutes * MINUTE
  const before = query.service.buffer_before_minutes * MINUTE
  const after = query.service.buffer_after_minutes * MINUTE
  const rangeStart = localTimeToUtc(query.from, 0, query.timeZone)
  const rangeEnd = localTimeToUtc(addDays(query.to, 1), 0, query.timeZone)
  const earliestStart = Math.max(rangeStart, query.now.getTime() + (query.minimumNoticeMinutes ?? 0) * MINUTE)

  const busyByTechnician = new Map<string, Interval[]>()
  for (const busy of query.busy) {
    const list = busyByTechnician.get(busy.technician_id) ?? []
    list.push({ from: new Date(busy.from).getTime(), until: new Date(busy.until).getTime() })
    busyByTechnician.set(busy.technician_id, list)
  }

  // Local midnights are computed once per day, not once per technician.
  const days: { date: LocalDate; weekday: number; midnight: number }[] = []
  for (let date = addDays(query.from, -1); date <= query.to; date = addDays(date, 1)) {
    days.push({ date, weekday: weekdayOf(date), midnight: localTimeToUtc(date, 0, query.timeZone) })
  }

  const slots = new Map<number, string[]>()
  for (const technician of query.technicians) {
    if (!isQualified(technician, query.service, query.provinceCode)) continue
    const busy = mergeIntervals([
      ...(busyByTechnician.get(technician.id) ?? []),
      ...technician.time_off.map((off) => ({ from: new Date(off.starts_at).getTime(), until: new Date(off.ends_at).getTime() })),
    ])

    for (const day of days) {
      for (const shift of technician.working_hours) {
        if (shift.weekday !== day.weekday) continue
        const shiftStart = day.midnight + shift.start_minute * MINUTE
        const shiftEnd = day.midnight + shift.end_minute * MINUTE
        let next = firstEndingAfter(busy, shiftStart - before)
        for (let start = shiftStart; start + duration <= shiftEnd; start += step) {
          if (start < earliestStart || start >= rangeEnd) continue
          const blockedFrom = start - before
          const blockedUntil = start + duration + after
          while (next < busy.length && busy[next].until <= blockedFrom) next++
          if (next < busy.length && busy[next].from < blockedUntil) continue
          const technicians = slots.get(start)
          if (technicians) technicians.push(technician.id)
          else slots.set(start, [technician.id])
        }
      }
    }
  }

  return [...slots.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, technicianIds]) => ({
      starts_at: new Date(start).toISOString(),
      ends_at: new Date(start + duration).toISOString(),
      technician_ids: technicianIds.sort(),
    }))
}
