import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "../config"
import type { SearchRequest } from "../util/facets"
import { cacheTags } from "./cache-tags"

export type SearchSuggestions = {
  products: { id: string; title: string; handle: string; thumbnail: string | null; price?: number }[]
  categories: { name: string; handle: string | null; count: number }[]
  brands: { name: string; handle: string | null; count: number }[]
}

// Suggestions change with the catalog but need not be instant; a minute keeps typing cheap.
const SUGGEST_CACHE = { next: { revalidate: 60, tags: [cacheTags.products] }, cache: "force-cache" as const }

/**
 * What the search box offers as the shopper types. Uses the shop's search API
 * (`GET /store/search/suggest`: typo-tolerant, Vietnamese with or without accents, with
 * categories and brands); where a backend does not have it yet (404), Medusa's plain
 * `/store/products?q=`, products only.
 */
export async function searchSuggestions(query: string, limit = 5): Promise<SearchSuggestions> {
  const q = query.trim().slice(0, 100)
  if (!q) return { products: [], categories: [], brands: [] }
  try {
    return await sdk.client.fetch<SearchSuggestions>("/store/search/suggest", { query: { q, limit }, ...SUGGEST_CACHE })
  } catch (error) {
    if (!(error instanceof FetchError) || error.status !== 404) throw error
  }
  const { products } = await sdk.client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { q, limit, fields: "id,title,handle,thumbnail" },
    ...SUGGEST_CACHE,
  })
  return {
    products: products.map(({ id, title, handle, thumbnail }) => ({ id, title, handle, thumbnail: thumbnail ?? null })),
    categories: [],
    brands: [],
  }
}

/** One product as the search index returns it (medusa-backend/src/search/product.ts). */
export type ProductHit = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  brand: string | null
  brand_handle: string | null
  price: number | null
  original_price: number | null
  in_stock: boolean
}

export type ProductSearchResult = {
  hits: ProductHit[]
  count: number
  facets?: Record<string, { type?: string; values?: { value: string; count: number }[]; ranges?: { key?: string; count: number }[] }>
}

// Index writes follow Medusa's events a moment later, so a purge of `products` alone could
// cache the index just before it catches up; a minute bounds how long that can last.
const SEARCH_CACHE = { next: { revalidate: 60, tags: [cacheTags.products] }, cache: "force-cache" as const }

/**
 * One page of products with facet counts from the shop's search API (`POST /store/search`:
 * filters, disjunctive facets, sort and paging done by the index, Vietnamese with or without
 * accents, typos tolerated). The body comes from `buildSearchRequest` (lib/util/facets.ts).
 * Null when the backend has no search API (404), so the page can fall back to `/store/products`.
 */
export async function searchProducts(request: SearchRequest): Promise<ProductSearchResult | null> {
  try {
    const { results } = await sdk.client.fetch<{ results: { hits: { id: string; document: ProductHit }[]; facets?: ProductSearchResult["facets"]; metadata: { count: number } }[] }>(
      "/store/search",
      { method: "POST", body: request, ...SEARCH_CACHE }
    )
    const [result] = results
    return { hits: result.hits.map((hit) => hit.document), count: result.metadata.count, facets: result.facets }
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}
