import { addDays, customerMayChange, daysBetween, groupSlotsByLocalDay, localDay, splitBookings } from "./booking-slots"

describe("localDay", () => {
  it("is the day in Asia/Ho_Chi_Minh, not UTC", () => {
    // 18:30 UTC on 6 December is 01:30 on 7 December in Hồ Chí Minh City.
    expect(localDay("2026-12-06T18:30:00Z")).toBe("2026-12-07")
    expect(localDay("2026-12-06T16:59:00Z")).toBe("2026-12-06")
  })
})

describe("addDays / daysBetween", () => {
  it("crosses months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01")
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28")
    expect(daysBetween("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"])
  })
})

describe("groupSlotsByLocalDay", () => {
  const slots = [
    { starts_at: "2026-12-07T07:00:00Z", ends_at: "2026-12-07T08:30:00Z" }, // 14:00 on the 7th
    { starts_at: "2026-12-07T01:00:00Z", ends_at: "2026-12-07T02:30:00Z" }, // 08:00 on the 7th
    { starts_at: "2026-12-07T17:30:00Z", ends_at: "2026-12-07T19:00:00Z" }, // 00:30 on the 8th
  ]

  it("groups by the local start day, in time order", () => {
    expect(groupSlotsByLocalDay(slots)).toEqual([
      { date: "2026-12-07", slots: [slots[1], slots[0]] },
      { date: "2026-12-08", slots: [slots[2]] },
    ])
  })

  it("keeps empty days of the window and drops slots outside it", () => {
    const days = ["2026-12-06", "2026-12-07"]
    const grouped = groupSlotsByLocalDay(slots, days)
    expect(grouped.map((day) => [day.date, day.slots.length])).toEqual([
      ["2026-12-06", 0],
      ["2026-12-07", 2],
    ])
  })
})

describe("customerMayChange (the 24-hour rule)", () => {
  const now = new Date("2026-12-06T02:00:00Z")
  it("allows a change 24 hours or more ahead", () => {
    expect(customerMayChange({ starts_at: "2026-12-07T02:00:00Z", status: "confirmed" }, now)).toEqual({ allowed: true })
  })
  it("refuses one less than 24 hours ahead", () => {
    expect(customerMayChange({ starts_at: "2026-12-07T01:59:00Z", status: "requested" }, now)).toEqual({ allowed: false, reason: "too_late" })
  })
  it("refuses a booking that is no longer open", () => {
    expect(customerMayChange({ starts_at: "2026-12-20T02:00:00Z", status: "cancelled" }, now)).toEqual({ allowed: false, reason: "not_open" })
    expect(customerMayChange({ starts_at: "2026-12-20T02:00:00Z", status: "in_progress" }, now).allowed).toBe(false)
  })
})

describe("splitBookings", () => {
  it("puts live future bookings first, soonest first, and the rest as past, latest first", () => {
    const now = new Date("2026-12-06T00:00:00Z")
    const bookings = [
      { id: "a", starts_at: "2026-12-10T02:00:00Z", ends_at: "2026-12-10T03:00:00Z", status: "confirmed" },
      { id: "b", starts_at: "2026-12-08T02:00:00Z", ends_at: "2026-12-08T03:00:00Z", status: "requested" },
      { id: "c", starts_at: "2026-12-09T02:00:00Z", ends_at: "2026-12-09T03:00:00Z", status: "cancelled" },
      { id: "d", starts_at: "2026-12-01T02:00:00Z", ends_at: "2026-12-01T03:00:00Z", status: "completed" },
    ]
    const { upcoming, past } = splitBookings(bookings, now)
    expect(upcoming.map((booking) => booking.id)).toEqual(["b", "a"])
    expect(past.map((booking) => booking.id)).toEqual(["c", "d"])
  })
})
