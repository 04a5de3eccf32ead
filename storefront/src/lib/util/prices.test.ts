import { cheapestPrice, isOnSale, priceOfVariant } from "./prices"

const variant = (calculated: number, original = calculated) => ({
  calculated_price: { calculated_amount: calculated, original_amount: original, currency_code: "vnd" },
})

describe("product prices", () => {
  test("a card shows the cheapest variant, marked 'from' when the variants differ", () => {
    expect(cheapestPrice({ variants: [variant(5_900_000), variant(4_900_000)] })).toEqual({
      amount: 4_900_000,
      currencyCode: "vnd",
      isFrom: true,
    })
    expect(cheapestPrice({ variants: [variant(990_000), variant(990_000)] })?.isFrom).toBe(false)
  })

  test("a promotion keeps the original price to strike through and the discount in whole percent", () => {
    expect(priceOfVariant(variant(8_010_000, 8_900_000))).toEqual({
      amount: 8_010_000,
      originalAmount: 8_900_000,
      discountPercent: 10,
      currencyCode: "vnd",
      isFrom: false,
    })
  })

  test("a product is on sale only when some variant costs less than its original price", () => {
    expect(isOnSale({ variants: [variant(1_000_000), variant(900_000, 1_000_000)] })).toBe(true)
    expect(isOnSale({ variants: [variant(1_000_000)] })).toBe(false)
  })

  test("a product without prices for the region has no price, rather than 0 ₫", () => {
    expect(cheapestPrice({ variants: [{ calculated_price: undefined }] })).toBeUndefined()
    expect(cheapestPrice({ variants: null })).toBeUndefined()
  })
})
