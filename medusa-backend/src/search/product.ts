import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex, graphConsume, graphSeed, QueryContext, search } from "@medusajs/framework/utils"
import { searchAlias } from "./alias"
import { PRODUCT_EVENTS, productIdsOfEvent } from "./product-events"
import { powerBand } from "./power-band"

/**
 * The shop's product index, served by the Vietnamese PostgreSQL provider
 * (src/modules/search-vietnamese). Weights put title matches first (A), then brand and
 * categories (B), codes and tags (C), option values and the folded alias (D). The long
 * description is left out: it matches everything ("loa" is in every speaker's text).
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }),
  handle: search.keyword(),
  thumbnail: search.keyword(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  brand: search.keyword().searchable({ weight: 2 }).filterable().facetable(),
  brand_handle: search.keyword().filterable(),
  categories: search.keyword().array().searchable({ weight: 2 }).filterable().facetable(),
  category_handles: search.keyword().array().filterable(),
  tags: search.keyword().array().searchable({ weight: 1.5 }),
  codes: search.keyword().array().searchable({ weight: 1.5 }),
  option_values: search.keyword().array().searchable({ weight: 1 }),
  search_alias: search.text().searchable({ weight: 1 }).retrievable(false),
  price: search.float().filterable().sortable().facetable({ types: ["stats", "range"] }),
  original_price: search.float(),
  on_sale: search.boolean().filterable().facetable(),
  in_stock: search.boolean().filterable().facetable(),
  power_rms_w: search.integer().filterable().sortable(),
  power_band: search.keyword().filterable().facetable(),
  impedance_ohm: search.float().filterable().facetable({ types: ["value"] }),
  connectivity: search.keyword().array().filterable().facetable(),
  created_at: search.date().sortable(),
})

type ProductDocument = SearchTypes.InferSearchDocumentType<typeof productSearchFields>

const PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "thumbnail",
  "status",
  "created_at",
  "collection.title",
  "collection.handle",
  "categories.name",
  "categories.handle",
  "tags.value",
  "options.values.value",
  "sales_channels.id",
  "variants.sku",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.original_amount",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

// The shop sells in VND only; prices are the ones a guest sees (price lists included).
const PRICING_CONTEXT = { variants: { calculated_price: QueryContext({ currency_code: "vnd" }) } }

function isVariantInStock(variant: any): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  const items = variant.inventory_items ?? []
  return (
    items.length > 0 &&
    items.every((item: any) => {
      const available = (item.inventory?.location_levels ?? []).reduce(
        (sum: number, level: any) => sum + Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0),
        0
      )
      return available >= Number(item.required_quantity ?? 1)
    })
  )
}

/**
 * SKUs and the model codes inside them: "JBL-PASION10-BK" is also found as "JBL-PASION10",
 * which is what a shopper copies from a catalogue (the colour suffix is ours).
 */
function modelCodes(skus: (string | null)[]): string[] {
  const codes = skus.filter((sku): sku is string => !!sku).flatMap((sku) => {
    const parts = sku.split("-")
    return [sku, ...parts.slice(2).map((_, index) => parts.slice(0, index + 2).join("-"))]
  })
  return [...new Set(codes)]
}

/** Reads the specifications of a page of products in one query (the link is read-only, specification → product). */
async function specificationsOf(productIds: string[], context: SearchTypes.SearchIngestionContext) {
  const { data } = await context.container.query.graph({
    entity: "product_specification",
    fields: ["product_id", "power_rms_w", "impedance_ohm", "connectivity"],
    filters: { product_id: productIds },
  })
  return new Map(data.map((specification: any) => [specification.product_id, specification]))
}

async function toDocuments(rows: any[], context: SearchTypes.SearchIngestionContext): Promise<ProductDocument[]> {
  const specifications = await specificationsOf(
    rows.map((row) => row.id),
    context
  )
  return rows.map((product) => {
    const variants = product.variants ?? []
    const prices = variants
      .map((variant: any) => variant.calculated_price)
      .filter((price: any) => price?.calculated_amount != null)
    const cheapest = prices.reduce(
      (best: any, price: any) => (!best || Number(price.calculated_amount) < Number(best.calculated_amount) ? price : best),
      null
    )
    const categories = (product.categories ?? []).map((category: any) => category.name)
    const specification: any = specifications.get(product.id)
    return {
      id: product.id,
      title: product.title,
      handle: product.handle,
      thumbnail: product.thumbnail ?? null,
      status: product.status,
      sales_channel_ids: (product.sales_channels ?? []).map((channel: any) => channel.id),
      brand: product.collection?.title ?? null,
      brand_handle: product.collection?.handle ?? null,
      categories,
      category_handles: (product.categories ?? []).map((category: any) => category.handle),
      tags: (product.tags ?? []).map((tag: any) => tag.value),
      codes: modelCodes(variants.map((variant: any) => variant.sku)),
      option_values: [
        ...new Set<string>((product.options ?? []).flatMap((option: any) => (option.values ?? []).map((value: any) => value.value))),
      ],
      search_alias: searchAlias([product.title, product.collection?.title, ...categories]),
      price: cheapest ? Number(cheapest.calculated_amount) : null,
      original_price: cheapest ? Number(cheapest.original_amount ?? cheapest.calculated_amount) : null,
      on_sale: prices.some((price: any) => Number(price.calculated_amount) < Number(price.original_amount)),
      in_stock: variants.some(isVariantInStock),
      power_rms_w: specification?.power_rms_w ?? null,
      power_band: powerBand(specification?.power_rms_w),
      impedance_ohm: specification?.impedance_ohm ?? null,
      connectivity: specification?.connectivity ?? [],
      created_at: product.created_at,
    }
  })
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  events: PRODUCT_EVENTS,
  consume: graphConsume({
    fields: PRODUCT_FIELDS,
    context: PRICING_CONTEXT,
    transform: toDocuments,
    resolve_ids: productIdsOfEvent,
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed({ fields: PRODUCT_FIELDS, context: PRICING_CONTEXT, transform: toDocuments, batch_size: 200 }),
})
