import type { SearchTypes } from "@medusajs/framework/types"

type ProductEvent = { name: string; data?: { id?: string | string[] } }

const ids = (event: ProductEvent) => [event.data?.id ?? []].flat().filter(Boolean) as string[]

/**
 * How to find the products an event changes: the product itself, or the product whose
 * variant, price (variant events), stock (inventory levels, orders placed), category or
 * brand changed. Deleted rows are read with `withDeleted` so their product is still found.
 */
const PRODUCT_IDS_BY_EVENT: Record<string, { entity: string; field: string; withDeleted?: boolean } | null> = {
  "product.created": null,
  "product.updated": null,
  "product.deleted": null,
  "product-variant.created": { entity: "product_variant", field: "product_id" },
  "product-variant.updated": { entity: "product_variant", field: "product_id" },
  "product-variant.deleted": { entity: "product_variant", field: "product_id", withDeleted: true },
  "inventory-level.created": { entity: "inventory_level", field: "inventory_item.variants.product_id" },
  "inventory-level.updated": { entity: "inventory_level", field: "inventory_item.variants.product_id" },
  "inventory-level.deleted": { entity: "inventory_level", field: "inventory_item.variants.product_id", withDeleted: true },
  "order.placed": { entity: "order", field: "items.product_id" },
  "product-category.updated": { entity: "product_category", field: "products.id" },
  "product-collection.updated": { entity: "product_collection", field: "products.id" },
  "product-specification.created": { entity: "product_specification", field: "product_id" },
  "product-specification.updated": { entity: "product_specification", field: "product_id" },
}

export const PRODUCT_EVENTS = Object.keys(PRODUCT_IDS_BY_EVENT)

/** Collects the values at a dotted path through nested objects and arrays. */
function valuesAt(row: unknown, path: string[]): string[] {
  if (row == null) return []
  if (Array.isArray(row)) return row.flatMap((item) => valuesAt(item, path))
  if (!path.length) return [String(row)]
  return valuesAt((row as Record<string, unknown>)[path[0]], path.slice(1))
}

export async function productIdsOfEvent(event: ProductEvent, context: SearchTypes.SearchIngestionContext) {
  const source = PRODUCT_IDS_BY_EVENT[event.name]
  if (!source) return ids(event)
  if (!ids(event).length) return []
  const { data } = await context.container.query.graph({
    entity: source.entity,
    fields: [source.field],
    filters: { id: ids(event) },
    withDeleted: source.withDeleted,
  } as Parameters<typeof context.container.query.graph>[0])
  return [...new Set(valuesAt(data, source.field.split(".")))]
}
