import { isShopOpen, shopMinutes } from "./opening-hours"

describe("opening hours (8:00–21:00 Asia/Ho_Chi_Minh)", () => {
  it("reads the shop's clock, not the machine's", () => {
    expect(shopMinutes(new Date("2026-12-07T01:00:00Z"))).toBe(8 * 60)
  })
  it("is open from 8:00 up to 21:00", () => {
    expect(isShopOpen(new Date("2026-12-07T00:59:00Z"))).toBe(false) // 07:59
    expect(isShopOpen(new Date("2026-12-07T01:00:00Z"))).toBe(true) // 08:00
    expect(isShopOpen(new Date("2026-12-07T13:59:00Z"))).toBe(true) // 20:59
    expect(isShopOpen(new Date("2026-12-07T14:00:00Z"))).toBe(false) // 21:00
    expect(isShopOpen(new Date("2026-12-06T20:00:00Z"))).toBe(false) // 03:00
  })
})
