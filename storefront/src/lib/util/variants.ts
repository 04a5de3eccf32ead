/**
 * Choosing a variant by its options (colour, length, room size …). Pure, on the parts of
 * Medusa's `StoreProductVariant` that matter, so the picker is links built on the server:
 * each option value links to the variant the shopper gets by choosing it.
 */
export type PickableVariant = {
  id: string
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
  options?: { option_id?: string | null; value: string }[] | null
}

/** Can be ordered now: stock not tracked, backorders allowed, or units left. */
export const isBuyable = (variant: PickableVariant) =>
  variant.manage_inventory === false || Boolean(variant.allow_backorder) || (variant.inventory_quantity ?? 0) > 0

export const optionValue = (variant: PickableVariant, optionId: string) =>
  variant.options?.find((option) => option.option_id === optionId)?.value

/** The variant named in the URL (`?v=`), else the first that can be bought, else the first. */
export function selectVariant<V extends PickableVariant>(variants: V[], requestedId?: string | null): V | undefined {
  return variants.find((variant) => variant.id === requestedId) ?? variants.find(isBuyable) ?? variants[0]
}

/**
 * The variant a click on `value` of `optionId` leads to: the one that keeps every other
 * option of `current`, else the first (buyable first) that has the value at all.
 */
export function variantForChoice<V extends PickableVariant>(variants: V[], current: V, optionId: string, value: string): V | undefined {
  const withValue = variants.filter((variant) => optionValue(variant, optionId) === value)
  const others = (current.options ?? []).filter((option) => option.option_id && option.option_id !== optionId)
  const exact = withValue.find((variant) => others.every((option) => optionValue(variant, option.option_id!) === option.value))
  return exact ?? withValue.find(isBuyable) ?? withValue[0]
}
