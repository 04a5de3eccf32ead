import { formatDate, formatDateTime, formatShortDate, formatTime } from "./dates"

// 17:30 UTC on 6 December is already 00:30 on Monday 7 December in Việt Nam (UTC+7).
const lateEveningUtc = "2026-12-06T17:30:00Z"

describe("shop dates and times", () => {
  test("are in Asia/Ho_Chi_Minh, whatever the server's time zone", () => {
    expect(formatShortDate(lateEveningUtc)).toBe("07/12/2026")
    expect(formatTime(lateEveningUtc)).toBe("00:30")
  })

  test("read as Vietnamese by default", () => {
    expect(formatDate(lateEveningUtc)).toBe("7 tháng 12, 2026")
    expect(formatDateTime("2026-12-07T02:00:00Z")).toBe("09:00 Thứ Hai, 07/12/2026")
  })

  test("read as English with the day before the month", () => {
    expect(formatDate(lateEveningUtc, "en")).toBe("7 December 2026")
    expect(formatShortDate(lateEveningUtc, "en")).toBe("07/12/2026")
    expect(formatDateTime("2026-12-07T02:00:00Z", "en")).toBe("09:00 Mon, 07/12/2026")
  })

  test("accept Date objects, ISO strings and timestamps alike", () => {
    const date = new Date(lateEveningUtc)
    expect(formatShortDate(date)).toBe(formatShortDate(date.getTime()))
  })
})
