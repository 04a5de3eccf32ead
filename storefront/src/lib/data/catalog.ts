import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { buildSearchRequest, EMPTY_FILTERS, readFacets, type FacetCounts, type ListingFilters, type ListingScope, type SortKey } from "../util/facets"
import type { CategoryNode } from "./categories"
import { listBrands } from "./collections"
import { listProducts } from "./products"
import { searchProducts } from "./search"

export const PAGE_SIZE = 24

export type ListingPage = {
  products: HttpTypes.StoreProduct[]
  count: number
  pageCount: number
  facets: FacetCounts
  /** Brand name → handle (facets name brands, links need handles). */
  brandHandles: Map<string, string>
  /** False on a backend without the search API: no facets, newest first only. */
  searchable: boolean
}

/**
 * A page of a category, brand or search listing. The search index filters, counts facets,
 * sorts (price included) and pages over the whole result; the cards then read those
 * products from `/store/products` for the region's prices, in the index's order.
 */
export async function listingPage({
  regionId,
  filters,
  scope,
  defaultSort,
  fallback,
}: {
  regionId: string
  filters: ListingFilters
  scope: ListingScope
  defaultSort: SortKey
  /** `/store/products` filters for a backend without the search API. */
  fallback: { categoryId?: string[]; collectionId?: string; q?: string }
}): Promise<ListingPage> {
  const brands = await listBrands()
  const brandNames = new Map(brands.map((brand) => [brand.handle, brand.title]))
  const brandHandles = new Map(brands.map((brand) => [brand.title, brand.handle]))
  const result = await searchProducts(buildSearchRequest(filters, scope, { pageSize: PAGE_SIZE, defaultSort, brandNames }))

  if (!result) {
    const { products, count } = await listProducts({
      regionId,
      limit: PAGE_SIZE,
      offset: (filters.page - 1) * PAGE_SIZE,
      order: "-created_at",
      ...fallback,
    })
    return { products, count, pageCount: Math.max(1, Math.ceil(count / PAGE_SIZE)), facets: readFacets(undefined), brandHandles, searchable: false }
  }

  const ids = result.hits.map((hit) => hit.id)
  const { products } = ids.length ? await listProducts({ regionId, ids, limit: ids.length }) : { products: [] }
  const byId = new Map(products.map((product) => [product.id, product]))
  return {
    products: ids.map((id) => byId.get(id)).filter((product) => product !== undefined),
    count: result.count,
    pageCount: Math.max(1, Math.ceil(result.count / PAGE_SIZE)),
    facets: readFacets(result.facets),
    brandHandles,
    searchable: true,
  }
}

/** The node with this handle and its ancestors (root first), or undefined. */
export function findCategoryPath(tree: CategoryNode[], handle: string): CategoryNode[] | undefined {
  for (const node of tree) {
    if (node.handle === handle) return [node]
    const below = findCategoryPath(node.category_children, handle)
    if (below) return [node, ...below]
  }
  return undefined
}

export const descendantsOf = (node: CategoryNode): CategoryNode[] => [node, ...node.category_children.flatMap(descendantsOf)]

export const categoryHref = (path: CategoryNode[]) => `/danh-muc/${path.map((node) => node.handle).join("/")}`

/** Products sharing the product's first category, the product itself left out. */
export async function relatedProducts(product: HttpTypes.StoreProduct, regionId: string, limit = 8) {
  const categoryId = product.categories?.[0]?.id
  if (!categoryId) return []
  const { products } = await listProducts({ regionId, categoryId, limit: limit + 1, order: "-created_at" })
  return products.filter((candidate) => candidate.id !== product.id).slice(0, limit)
}

export { EMPTY_FILTERS }
