import type { MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import type { StoreSearchSuggestType } from "./validators"

/**
 * GET /store/search/suggest?q=: what the search box offers while the shopper types —
 * products whose words start with what was typed (the last word as a prefix, typos
 * tolerated), and the categories and brands of those products. Scoped like
 * `POST /store/search`: published products of the publishable key's sales channels.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreSearchSuggestType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, limit } = req.validatedQuery
  if (!q) {
    res.json({ products: [], categories: [], brands: [] })
    return
  }
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  const { search_result: result } = await query.search({
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail", "price"],
    filters: { q, status: ProductStatus.PUBLISHED, sales_channel_ids: salesChannelIds },
    pagination: { take: limit },
    search_options: {
      match_strategy: "last",
      facets: [
        { field: "categories", limit },
        { field: "brand", limit },
      ],
    },
  })
  const facet = (field: string) =>
    ((result.facets?.[field] as { values?: { value: string; count: number }[] } | undefined)?.values ?? []).map(
      ({ value, count }) => ({ name: value, count })
    )
  const categoryNames = facet("categories")
  const handles = await handlesOf(req, categoryNames.map((category) => category.name))
  res.json({
    products: result.hits.map((hit) => hit.document),
    categories: categoryNames.map((category) => ({ ...category, handle: handles.categories.get(category.name) ?? null })),
    brands: facet("brand").map((brand) => ({ ...brand, handle: handles.brands.get(brand.name) ?? null })),
  })
}

/** The index facets by name, which is what a shopper reads; links need the handles. */
async function handlesOf(req: MedusaRequest, categoryNames: string[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: categories }, { data: brands }] = await Promise.all([
    categoryNames.length
      ? query.graph({ entity: "product_category", fields: ["name", "handle"], filters: { name: categoryNames, is_active: true, is_internal: false } })
      : Promise.resolve({ data: [] as { name: string; handle: string }[] }),
    query.graph({ entity: "product_collection", fields: ["title", "handle"] }),
  ])
  return {
    categories: new Map<string, string>(categories.map((category): [string, string] => [category.name, category.handle])),
    brands: new Map<string, string>(brands.map((brand): [string, string] => [brand.title, brand.handle])),
  }
}
