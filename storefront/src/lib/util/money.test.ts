import { formatPrice } from "./money"

const NBSP = "\u00a0"

describe("formatPrice", () => {
  test("shows VND with dot thousands separators, no decimals and the đồng sign after a no-break space", () => {
    expect(formatPrice(12_990_000)).toBe(`12.990.000${NBSP}₫`)
    expect(formatPrice(50_000, "vnd")).toBe(`50.000${NBSP}₫`)
  })

  test("rounds fractional amounts to whole đồng", () => {
    expect(formatPrice(1_234_567.6)).toBe(`1.234.568${NBSP}₫`)
  })

  test("shows zero as a price, not an empty string", () => {
    expect(formatPrice(0)).toBe(`0${NBSP}₫`)
  })

  test("accepts Medusa's lower-case currency codes", () => {
    expect(formatPrice(990_000, "VND")).toBe(formatPrice(990_000, "vnd"))
  })
})
