export type ProductPrice = {
  /** What the customer pays now, VAT included. */
  amount: number
  /** The price before a promotion, when a price list lowers it. */
  originalAmount?: number
  currencyCode: string
  /** More than one variant, and not all at the same price: show "Từ …". */
  isFrom: boolean
  discountPercent?: number
}

/** The part of Medusa's `StoreProductVariant` (with `*variants.calculated_price`) prices are read from. */
type PricedVariant = {
  calculated_price?: { calculated_amount?: number | null; original_amount?: number | null; currency_code?: string | null } | null
}

function variantPrice(variant: PricedVariant) {
  const price = variant.calculated_price
  if (typeof price?.calculated_amount !== "number") return undefined
  const original = typeof price.original_amount === "number" ? price.original_amount : price.calculated_amount
  return { amount: price.calculated_amount, original, currencyCode: price.currency_code ?? "vnd" }
}

/** The price of one variant, with the struck-through original when it is on promotion. */
export function priceOfVariant(variant: PricedVariant): ProductPrice | undefined {
  const price = variantPrice(variant)
  if (!price) return undefined
  return withDiscount({ amount: price.amount, currencyCode: price.currencyCode, isFrom: false }, price.original)
}

/** The cheapest variant's price, as a product card shows it. */
export function cheapestPrice(product: { variants?: PricedVariant[] | null }): ProductPrice | undefined {
  const prices = (product.variants ?? []).map(variantPrice).filter((price) => price !== undefined)
  if (!prices.length) return undefined
  const cheapest = prices.reduce((low, price) => (price.amount < low.amount ? price : low))
  const isFrom = prices.some((price) => price.amount !== cheapest.amount)
  return withDiscount({ amount: cheapest.amount, currencyCode: cheapest.currencyCode, isFrom }, cheapest.original)
}

function withDiscount(price: ProductPrice, original: number): ProductPrice {
  if (original <= price.amount) return price
  return { ...price, originalAmount: original, discountPercent: Math.round(((original - price.amount) / original) * 100) }
}

/** True when a price list (a sale) lowers at least one variant below its original price. */
export const isOnSale = (product: { variants?: PricedVariant[] | null }) =>
  (product.variants ?? []).some((variant) => priceOfVariant(variant)?.originalAmount !== undefined)
