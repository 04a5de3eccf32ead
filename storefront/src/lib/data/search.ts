import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "../config"
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
