import { parseVietnamesePhone } from "./phone"

describe("parseVietnamesePhone", () => {
  it("accepts a mobile number however it is typed", () => {
    for (const typed of ["0901234567", "090 123 4567", "+84 90 123 4567", "84901234567", "(090) 123-4567"]) {
      expect(parseVietnamesePhone(typed)).toEqual({ ok: true, e164: "+84901234567", national: "0901 234 567" })
    }
  })

  it("accepts the new 03x, 07x, 08x mobile ranges and a Hồ Chí Minh landline", () => {
    expect(parseVietnamesePhone("0378123456").ok).toBe(true)
    expect(parseVietnamesePhone("0786123456").ok).toBe(true)
    expect(parseVietnamesePhone("0838123456").ok).toBe(true)
    expect(parseVietnamesePhone("028 3862 6868")).toMatchObject({ ok: true, e164: "+842838626868" })
  })

  it("refuses numbers that are too short, of another country, or not numbers", () => {
    expect(parseVietnamesePhone("090123")).toEqual({ ok: false })
    expect(parseVietnamesePhone("+1 415 555 2671")).toEqual({ ok: false })
    expect(parseVietnamesePhone("0101234567")).toEqual({ ok: false })
    expect(parseVietnamesePhone("abc0901234567")).toEqual({ ok: false })
    expect(parseVietnamesePhone("")).toEqual({ ok: false })
  })
})
