import { isBuyable, selectVariant, variantForChoice } from "./variants"

const variant = (id: string, colour: string, length: string, quantity = 5) => ({
  id,
  manage_inventory: true,
  inventory_quantity: quantity,
  options: [
    { option_id: "colour", value: colour },
    { option_id: "length", value: length },
  ],
})

const black5 = variant("v1", "Đen", "5 m", 0)
const black10 = variant("v2", "Đen", "10 m")
const white5 = variant("v3", "Trắng", "5 m")
const white10 = variant("v4", "Trắng", "10 m")
const variants = [black5, black10, white5, white10]

test("the variant in the URL is the one shown, even when out of stock", () => {
  expect(selectVariant(variants, "v1")).toBe(black5)
})

test("without a valid ?v= the first variant that can be bought is chosen", () => {
  expect(selectVariant(variants, undefined)).toBe(black10)
  expect(selectVariant(variants, "v-unknown")).toBe(black10)
  expect(selectVariant([], "v1")).toBeUndefined()
})

test("choosing a colour keeps the chosen length", () => {
  expect(variantForChoice(variants, black10, "colour", "Trắng")).toBe(white10)
  expect(variantForChoice(variants, white10, "length", "5 m")).toBe(white5)
})

test("when no variant keeps the other options, the first buyable one with the value is taken", () => {
  const partial = [black5, white10, variant("v5", "Trắng", "20 m")]
  expect(variantForChoice(partial, black5, "colour", "Trắng")).toBe(white10)
  expect(variantForChoice(variants, black10, "colour", "Xanh")).toBeUndefined()
})

test("untracked stock and backorders count as buyable", () => {
  expect(isBuyable({ id: "a", manage_inventory: false, inventory_quantity: 0 })).toBe(true)
  expect(isBuyable({ id: "b", manage_inventory: true, allow_backorder: true, inventory_quantity: 0 })).toBe(true)
  expect(isBuyable({ id: "c", manage_inventory: true, inventory_quantity: 0 })).toBe(false)
})
