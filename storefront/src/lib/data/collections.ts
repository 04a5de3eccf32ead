import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { cacheTags } from "./cache-tags"

const cached = { next: { tags: [cacheTags.collections], revalidate: 3600 }, cache: "force-cache" as const }

/** Brands are Medusa collections (JBL, Bose, Yamaha …), `metadata.kind = "brand"` in the seed. */
export async function listBrands(): Promise<HttpTypes.StoreCollection[]> {
  const { collections } = await sdk.client.fetch<HttpTypes.StoreCollectionListResponse>("/store/collections", {
    query: { limit: 100, order: "title" },
    ...cached,
  })
  return collections
}

export async function getBrandByHandle(handle: string): Promise<HttpTypes.StoreCollection | undefined> {
  const { collections } = await sdk.client.fetch<HttpTypes.StoreCollectionListResponse>("/store/collections", {
    query: { handle, limit: 1 },
    ...cached,
  })
  return collections[0]
}
