/**
 * Whether a variant can be taken home from a showroom today: pure, on the rows Medusa's
 * query returns, so the rule reads (and is tested) without a server. Only booleans leave
 * this file — the shop does not publish how many units each showroom holds.
 */
export type VariantStockRow = {
  id: string
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_items?:
    | {
        required_quantity?: number | null
        inventory?: { location_levels?: { location_id: string; stocked_quantity?: number | null; reserved_quantity?: number | null }[] | null } | null
      }[]
    | null
}

/**
 * In stock at a location when every inventory item the variant needs (a pair of speakers
 * may need two) has enough unreserved units there. A variant without stock tracking is
 * available everywhere; a backorder is not stock on a shelf, so it does not count.
 */
export function inStockAt(variant: VariantStockRow, locationId: string): boolean {
  if (variant.manage_inventory === false) return true
  const items = variant.inventory_items ?? []
  if (!items.length) return false
  return items.every((item) => {
    const level = item.inventory?.location_levels?.find((candidate) => candidate.location_id === locationId)
    const available = Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0)
    return available >= Number(item.required_quantity ?? 1)
  })
}

export type ShowroomAvailability = {
  locations: { id: string; name: string }[]
  variants: { id: string; in_stock: boolean; locations: { location_id: string; in_stock: boolean }[] }[]
}

export function availabilityOf(variants: VariantStockRow[], locations: { id: string; name: string }[]): ShowroomAvailability {
  return {
    locations,
    variants: variants.map((variant) => {
      const perLocation = locations.map((location) => ({ location_id: location.id, in_stock: inStockAt(variant, location.id) }))
      return { id: variant.id, in_stock: perLocation.some((location) => location.in_stock), locations: perLocation }
    }),
  }
}
