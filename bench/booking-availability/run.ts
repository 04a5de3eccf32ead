/**
 * Availability of a month for 20 technicians with 1,000 bookings, at the service layer
 * (BookingModuleService.listAvailableSlots: the database reads plus the calculation) and
 * for the calculation alone. Run through `npm run bench`, on a scratch database.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { performance } from "node:perf_hooks"
import { computeAvailableSlots } from "../../plugins/booking/src/modules/booking/utils/availability"

const TECHNICIANS = 20
const BOOKINGS = 1000
const RUNS = 30
const SKILLS = ["karaoke", "installation", "tuning"]

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const summary = (samples: number[]) =>
  `p50 ${percentile(samples, 50).toFixed(1)} ms · p95 ${percentile(samples, 95).toFixed(1)} ms · max ${Math.max(...samples).toFixed(1)} ms`

export default async function benchAvailability({ container }: ExecArgs) {
  const booking = container.resolve("booking") as any
  const log = (message: string) => console.log(`[bench] ${message}`)

  const [service] = await booking.createServiceOfferings([
    { handle: `bench-${Date.now()}`, name: "Bench service", duration_minutes: 90, price: 800000, required_skills: SKILLS, requires_address: true, buffer_before_minutes: 30, buffer_after_minutes: 30 },
  ])
  const technicians = await booking.createTechnicians(
    Array.from({ length: TECHNICIANS }, (_, index) => ({ name: `Bench technician ${index + 1}`, skills: SKILLS, service_provinces: ["vn-sg"] }))
  )
  await booking.createWorkingHours(
    technicians.flatMap((technician: { id: string }) =>
      [1, 2, 3, 4, 5, 6].map((weekday) => ({ technician_id: technician.id, weekday, start_minute: 8 * 60, end_minute: 20 * 60 }))
    )
  )

  // 1,000 bookings spread over the month, 50 per technician, none overlapping.
  const monthStart = Date.UTC(2027, 2, 1, 1, 0) // 2027-03-01 08:00 in Hồ Chí Minh City
  const rows = []
  for (let index = 0; index < BOOKINGS; index++) {
    const technician = technicians[index % TECHNICIANS]
    const slot = Math.floor(index / TECHNICIANS)
    const day = Math.floor(slot / 2)
    const start = monthStart + day * 86_400_000 + (slot % 2) * 5 * 3_600_000
    rows.push({
      service_id: service.id,
      technician_id: technician.id,
      status: "confirmed",
      ...booking.bookingTimes(service, new Date(start)),
    })
  }
  for (let start = 0; start < rows.length; start += 250) {
    await booking.scheduleBookings(rows.slice(start, start + 250))
  }
  log(`created ${TECHNICIANS} technicians and ${BOOKINGS} bookings in March 2027`)

  const request = { service_id: service.id, from: "2027-03-01", to: "2027-03-31", province_code: "vn-sg", now: new Date("2027-02-01T00:00:00Z") }
  const warm = await booking.listAvailableSlots(request)
  const samples: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const startedAt = performance.now()
    await booking.listAvailableSlots(request)
    samples.push(performance.now() - startedAt)
  }
  log(`service layer, one month, ${TECHNICIANS} technicians, ${BOOKINGS} bookings: ${warm.length} slots; ${summary(samples)} over ${RUNS} runs`)

  // The calculation alone, on the same data already in memory.
  const schedules = await booking.listTechnicians({ id: technicians.map((technician: { id: string }) => technician.id) }, { relations: ["working_hours", "time_off"], take: null })
  const busy = (await booking.listBookings({ service_id: service.id }, { take: null })).map((row: any) => ({ technician_id: row.technician_id, from: row.blocked_from, until: row.blocked_until }))
  const query = {
    service: { ...service, required_skills: SKILLS },
    technicians: schedules,
    busy,
    from: request.from,
    to: request.to,
    provinceCode: "vn-sg",
    timeZone: "Asia/Ho_Chi_Minh",
    now: request.now,
    slotStepMinutes: 30,
  }
  const computeSamples: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const startedAt = performance.now()
    computeAvailableSlots(query)
    computeSamples.push(performance.now() - startedAt)
  }
  log(`calculation only, same month: ${summary(computeSamples)} over ${RUNS} runs`)
}
