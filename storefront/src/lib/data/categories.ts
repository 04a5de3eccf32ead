import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { cacheTags } from "./cache-tags"

const cached = { next: { tags: [cacheTags.categories], revalidate: 3600 }, cache: "force-cache" as const }

export type CategoryNode = HttpTypes.StoreProductCategory & { category_children: CategoryNode[] }

/** Top-level categories with their children, in the rank staff gave them (the mega-menu). */
export async function listCategoryTree(): Promise<CategoryNode[]> {
  const { product_categories } = await sdk.client.fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    query: { fields: "id,name,handle,description,rank,parent_category_id,metadata", limit: 200 },
    ...cached,
  })
  const byRank = (a: { rank?: number | null }, b: { rank?: number | null }) => (a.rank ?? 0) - (b.rank ?? 0)
  const nodes = new Map(product_categories.map((category) => [category.id, { ...category, category_children: [] as CategoryNode[] }]))
  const roots: CategoryNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parent_category_id ? nodes.get(node.parent_category_id) : undefined
    ;(parent ? parent.category_children : roots).push(node)
  }
  for (const node of nodes.values()) node.category_children.sort(byRank)
  return roots.sort(byRank)
}

export async function getCategoryByHandle(handle: string): Promise<HttpTypes.StoreProductCategory | undefined> {
  const { product_categories } = await sdk.client.fetch<HttpTypes.StoreProductCategoryListResponse>("/store/product-categories", {
    query: { handle, fields: "*category_children,*parent_category", limit: 1 },
    ...cached,
  })
  return product_categories[0]
}
