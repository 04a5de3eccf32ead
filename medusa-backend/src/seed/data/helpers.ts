import type { VariantSeed } from "./types"

/** The one variant of a product sold in a single version. */
export function singleVariant(sku: string, price: number, stock: [number, number]): VariantSeed[] {
  return [{ sku, title: "Tiêu chuẩn", price, stock }]
}

/** One variant per value of a single option, e.g. colours of a bluetooth speaker. */
export function variantsByOption(
  option: string,
  skuPrefix: string,
  values: { value: string; code: string; price: number; stock: [number, number] }[]
): VariantSeed[] {
  return values.map(({ value, code, price, stock }) => ({
    sku: `${skuPrefix}-${code}`,
    title: value,
    price,
    options: { [option]: value },
    stock,
  }))
}
