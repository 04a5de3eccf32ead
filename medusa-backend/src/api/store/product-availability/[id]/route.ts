import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { availabilityOf, type VariantStockRow } from "../stock"
import type { StoreProductAvailabilityType } from "../validators"

const VARIANT_FIELDS = [
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/**
 * GET /store/product-availability/:id — for each variant of a published product, whether
 * each showroom (the stock locations of the publishable key's sales channels) has it on the
 * shelf: "Còn hàng tại showroom Hà Nội". Booleans only, never quantities.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreProductAvailabilityType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  const productId = req.params.id
  const [{ data: products }, { data: channels }] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["id", "sales_channels.id", ...VARIANT_FIELDS],
      filters: { id: productId, status: ProductStatus.PUBLISHED },
    }),
    query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id", "stock_locations.name"], filters: { id: salesChannelIds } }),
  ])
  const product = products[0]
  // A draft, or a product of another channel, is answered like one that does not exist.
  if (!product || !product.sales_channels?.some((channel) => channel && salesChannelIds.includes(channel.id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  }
  const locations = new Map<string, { id: string; name: string }>()
  for (const channel of channels) {
    for (const location of channel.stock_locations ?? []) if (location) locations.set(location.id, { id: location.id, name: location.name })
  }
  const showrooms = [...locations.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"))
  res.json({ product_id: product.id, ...availabilityOf((product.variants ?? []) as VariantStockRow[], showrooms) })
}
