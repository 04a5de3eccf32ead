import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { cacheTags } from "./cache-tags"

const SHOP_COUNTRY = "vn"

/** The shop sells in one region, Việt Nam (VND, prices include VAT). */
export async function getRegion(): Promise<HttpTypes.StoreRegion | undefined> {
  const { regions } = await sdk.client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    next: { tags: [cacheTags.regions], revalidate: 3600 },
    cache: "force-cache",
  })
  return regions.find((region) => region.countries?.some((country) => country.iso_2 === SHOP_COUNTRY))
}
