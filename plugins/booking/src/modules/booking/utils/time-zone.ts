/**
 * Wall-clock arithmetic in the shop's time zone. Bookings are stored in UTC; working hours
 * and the customer's calendar are local. Vietnam has no daylight saving time today, but the
 * conversion asks the time-zone database rather than assuming +07:00.
 */
export const SHOP_TIME_ZONE = "Asia/Ho_Chi_Minh"

const MINUTE = 60_000
export const DAY_MS = 24 * 60 * MINUTE

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(timeZone: string) {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
    formatters.set(timeZone, format)
  }
  return format
}

/** Minutes the zone is ahead of UTC at the instant `utcMs`. */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const part of formatter(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value)
  }
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / MINUTE)
}

/** A local calendar date, "YYYY-MM-DD". */
export type LocalDate = string

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const match = LOCAL_DATE.exec(date)
  if (!match) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD`)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`"${date}" is not a real calendar date`)
  }
  return { year, month, day }
}

/** The UTC instant of `minuteOfDay` minutes after local midnight of `date` (may exceed 1440). */
export function localTimeToUtc(date: LocalDate, minuteOfDay: number, timeZone: string): number {
  const { year, month, day } = parseLocalDate(date)
  const wallClockAsUtc = Date.UTC(year, month - 1, day) + minuteOfDay * MINUTE
  const firstGuess = wallClockAsUtc - zoneOffsetMinutes(wallClockAsUtc, timeZone) * MINUTE
  const offsetThen = zoneOffsetMinutes(firstGuess, timeZone)
  return wallClockAsUtc - offsetThen * MINUTE
}

/** The local calendar date of a UTC instant. */
export function utcToLocalDate(utcMs: number, timeZone: string): LocalDate {
  const local = new Date(utcMs + zoneOffsetMinutes(utcMs, timeZone) * MINUTE)
  return local.toISOString().slice(0, 10)
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(date)
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

/** 0 = Sunday … 6 = Saturday, of a local calendar date. */
export function weekdayOf(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date)
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  const a = parseLocalDate(from)
  const b = parseLocalDate(to)
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS)
}

/** "20:00" for 1200 minutes after midnight; a shift end past midnight shows the next day's time. */
export function clockOf(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60) % 24).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}`
}
