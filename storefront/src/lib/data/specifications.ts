import "server-only"
import { sdk } from "../config"
import { cacheTags } from "./cache-tags"

/** A product's typed technical figures (medusa-backend/src/modules/product-specification). */
export type ProductSpecification = {
  product_id: string
  power_rms_w: number | null
  power_peak_w: number | null
  impedance_ohm: number | null
  frequency_min_hz: number | null
  frequency_max_hz: number | null
  max_spl_db: number | null
  sensitivity_db: number | null
  weight_kg: number | null
  warranty_months: number
  connectivity: string[]
}

/** Specifications of the given products, by product id (`GET /store/product-specifications?product_id=`). */
export async function listSpecifications(productIds: string[]): Promise<Map<string, ProductSpecification>> {
  if (!productIds.length) return new Map()
  const { product_specifications } = await sdk.client.fetch<{ product_specifications: ProductSpecification[] }>(
    "/store/product-specifications",
    {
      query: { product_id: productIds, limit: Math.min(100, productIds.length) },
      next: { tags: [cacheTags.products], revalidate: 3600 },
      cache: "force-cache",
    }
  )
  return new Map(product_specifications.map((specification) => [specification.product_id, specification]))
}

export async function getSpecification(productId: string): Promise<ProductSpecification | undefined> {
  return (await listSpecifications([productId])).get(productId)
}
