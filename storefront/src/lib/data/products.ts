import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"

const COUNTRY_CODE = "vn"

// Cached under tags that Medusa's product and region events revalidate; an hour at most otherwise.
const cached = (tag: string) => ({ next: { tags: [tag], revalidate: 3600 }, cache: "force-cache" as const })

export async function getRegion(): Promise<HttpTypes.StoreRegion | undefined> {
  const { regions } = await sdk.client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", cached("regions"))
  return regions.find((region) => region.countries?.some((country) => country.iso_2 === COUNTRY_CODE))
}

export async function listProducts(regionId: string, limit = 24) {
  return sdk.client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { region_id: regionId, limit, fields: "*variants.calculated_price,+thumbnail" },
    ...cached("products"),
  })
}
