import "server-only"
import { sdk } from "../config"
import { cacheTags } from "./cache-tags"

/** Per showroom, whether each variant is on the shelf (`GET /store/product-availability/:id`; booleans, never quantities). */
export type ShowroomAvailability = {
  product_id: string
  locations: { id: string; name: string }[]
  variants: { id: string; in_stock: boolean; locations: { location_id: string; in_stock: boolean }[] }[]
}

/**
 * Stock per showroom for the product page, cached briefly (stock moves with every order) and
 * under the product's tag. Null when the backend cannot say: the page then shows none.
 */
export async function getShowroomAvailability(productId: string, handle: string): Promise<ShowroomAvailability | null> {
  return sdk.client
    .fetch<ShowroomAvailability>(`/store/product-availability/${encodeURIComponent(productId)}`, {
      next: { tags: [cacheTags.products, cacheTags.product(handle)], revalidate: 60 },
      cache: "force-cache",
    })
    .catch((error) => {
      console.error(`storefront: no showroom availability for product ${productId}`, error)
      return null
    })
}
