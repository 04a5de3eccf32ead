import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { cacheTags } from "./cache-tags"

/** What a product card and the product page need: prices calculated for the region, stock, brand and categories. */
const PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,+thumbnail,*images,*collection,*categories,*options,*variants.options"

export type ProductListQuery = {
  regionId: string
  limit?: number
  offset?: number
  /** Medusa's `order`, e.g. `-created_at` (newest first). */
  order?: string
  categoryId?: string | string[]
  collectionId?: string | string[]
  ids?: string[]
  q?: string
}

/** One page of products with prices for the region, cached under `products`. */
export async function listProducts({ regionId, limit = 12, offset = 0, order, categoryId, collectionId, ids, q }: ProductListQuery) {
  return sdk.client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: {
      region_id: regionId,
      limit,
      offset,
      fields: PRODUCT_FIELDS,
      ...(order ? { order } : {}),
      ...(categoryId ? { category_id: categoryId } : {}),
      ...(collectionId ? { collection_id: collectionId } : {}),
      ...(ids ? { id: ids } : {}),
      ...(q ? { q } : {}),
    },
    next: { tags: [cacheTags.products], revalidate: 3600 },
    cache: "force-cache",
  })
}

/** The product page's product, cached under `products` and `product-<handle>`. */
export async function getProductByHandle(handle: string, regionId: string): Promise<HttpTypes.StoreProduct | undefined> {
  const { products } = await sdk.client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle, region_id: regionId, fields: PRODUCT_FIELDS, limit: 1 },
    next: { tags: [cacheTags.products, cacheTags.product(handle)], revalidate: 3600 },
    cache: "force-cache",
  })
  return products[0]
}
