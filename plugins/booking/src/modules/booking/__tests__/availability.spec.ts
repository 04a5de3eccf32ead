import { computeAvailableSlots, type AvailabilityQuery, type TechnicianSchedule } from "../utils/availability"
import { localTimeToUtc, utcToLocalDate, weekdayOf } from "../utils/time-zone"

const TZ = "Asia/Ho_Chi_Minh"
// 2026-12-07 is a Monday.
const MONDAY = "2026-12-07"
const local = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number)
  return new Date(localTimeToUtc(date, h * 60 + m, TZ)).toISOString()
}

const installation = {
  duration_minutes: 120,
  buffer_before_minutes: 0,
  buffer_after_minutes: 0,
  required_skills: ["karaoke"],
  requires_address: true,
}

function technician(overrides: Partial<TechnicianSchedule> = {}): TechnicianSchedule {
  return {
    id: "tech_a",
    is_active: true,
    skills: ["karaoke", "acoustics"],
    service_provinces: ["vn-sg"],
    working_hours: [{ weekday: 1, start_minute: 8 * 60, end_minute: 17 * 60 }],
    time_off: [],
    ...overrides,
  }
}

function query(overrides: Partial<AvailabilityQuery> = {}): AvailabilityQuery {
  return {
    service: installation,
    technicians: [technician()],
    busy: [],
    from: MONDAY,
    to: MONDAY,
    provinceCode: "vn-sg",
    timeZone: TZ,
    now: new Date("2026-12-01T00:00:00Z"),
    ...overrides,
  }
}

describe("time zone helpers", () => {
  it("places local 08:00 in Hồ Chí Minh City at 01:00 UTC", () => {
    expect(local(MONDAY, "08:00")).toBe("2026-12-07T01:00:00.000Z")
    expect(weekdayOf(MONDAY)).toBe(1)
  })

  it("gives the local date of an instant just after local midnight", () => {
    expect(utcToLocalDate(Date.parse("2026-12-07T17:30:00Z"), TZ)).toBe("2026-12-08")
  })
})

describe("computeAvailableSlots", () => {
  it("offers every half hour of the working day in which the whole job fits", () => {
    const slots = computeAvailableSlots(query())
    expect(slots[0]).toEqual({ starts_at: local(MONDAY, "08:00"), ends_at: local(MONDAY, "10:00"), technician_ids: ["tech_a"] })
    expect(slots[slots.length - 1].starts_at).toBe(local(MONDAY, "15:00"))
    expect(slots).toHaveLength(15)
  })

  it("keeps an existing booking and the new job's buffers clear", () => {
    const slots = computeAvailableSlots(
      query({
        service: { ...installation, buffer_before_minutes: 30, buffer_after_minutes: 30 },
        busy: [{ technician_id: "tech_a", from: local(MONDAY, "11:00"), until: local(MONDAY, "13:00") }],
      })
    )
    const starts = slots.map((slot) => slot.starts_at)
    // 08:30 would end at 10:30 and need until 11:00 clear: it touches but does not overlap.
    expect(starts).toContain(local(MONDAY, "08:30"))
    expect(starts).not.toContain(local(MONDAY, "09:00"))
    expect(starts).not.toContain(local(MONDAY, "12:00"))
    expect(starts).not.toContain(local(MONDAY, "13:00"))
    expect(starts).toContain(local(MONDAY, "13:30"))
  })

  it("removes a technician's time off", () => {
    const slots = computeAvailableSlots(
      query({ technicians: [technician({ time_off: [{ starts_at: local(MONDAY, "00:00"), ends_at: local(MONDAY, "12:00") }] })] })
    )
    expect(slots[0].starts_at).toBe(local(MONDAY, "12:00"))
  })

  it("offers only technicians with every required skill who serve the customer's province", () => {
    const technicians = [
      technician({ id: "tech_hcm" }),
      technician({ id: "tech_hanoi", service_provinces: ["vn-hn"] }),
      technician({ id: "tech_repair_only", skills: ["repair"] }),
      technician({ id: "tech_inactive", is_active: false }),
    ]
    const slots = computeAvailableSlots(query({ technicians }))
    expect(new Set(slots.flatMap((slot) => slot.technician_ids))).toEqual(new Set(["tech_hcm"]))
    expect(computeAvailableSlots(query({ technicians, provinceCode: undefined }))).toEqual([])
  })

  it("ignores the province for work done at the showroom", () => {
    const slots = computeAvailableSlots(
      query({ service: { ...installation, requires_address: false }, provinceCode: undefined, technicians: [technician({ service_provinces: [] })] })
    )
    expect(slots).toHaveLength(15)
  })

  it("lists two free technicians on one slot", () => {
    const slots = computeAvailableSlots(query({ technicians: [technician({ id: "tech_b" }), technician({ id: "tech_a" })] }))
    expect(slots[0].technician_ids).toEqual(["tech_a", "tech_b"])
  })

  it("never offers the past or slots inside the minimum notice", () => {
    const slots = computeAvailableSlots(query({ now: new Date(local(MONDAY, "09:10")), minimumNoticeMinutes: 60 }))
    expect(slots[0].starts_at).toBe(local(MONDAY, "10:30"))
  })

  describe("a night shift from Friday 20:00 to Saturday 02:00", () => {
    const FRIDAY = "2026-12-11"
    const SATURDAY = "2026-12-12"
    const nightShift = technician({ working_hours: [{ weekday: 5, start_minute: 20 * 60, end_minute: 26 * 60 }] })
    const repair = { ...installation, duration_minutes: 60 }

    it("shows Friday's evening slots on Friday", () => {
      const slots = computeAvailableSlots(query({ service: repair, technicians: [nightShift], from: FRIDAY, to: FRIDAY }))
      expect(slots.map((slot) => slot.starts_at)).toEqual(
        ["20:00", "20:30", "21:00", "21:30", "22:00", "22:30", "23:00", "23:30"].map((time) => local(FRIDAY, time))
      )
    })

    it("shows the slots after midnight on Saturday", () => {
      const slots = computeAvailableSlots(query({ service: repair, technicians: [nightShift], from: SATURDAY, to: SATURDAY }))
      expect(slots.map((slot) => slot.starts_at)).toEqual(["00:00", "00:30", "01:00"].map((time) => local(SATURDAY, time)))
    })
  })
})
