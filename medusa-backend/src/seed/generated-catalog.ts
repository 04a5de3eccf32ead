import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { seedCatalog } from "./catalog"
import { createSeedContext } from "./context"
import { generateProducts } from "./data/generated"
import { seedShowroomsAndShipping } from "./locations"
import { seedSalesChannelAndRegion } from "./shop"

/** Products per workflow run when generating: fewer runs, progress every few seconds. */
const GENERATED_BATCH_SIZE = 100

/**
 * Adds `count` generated products (seed/data/generated.ts) to the shop — with prices,
 * specifications and stock in both showrooms — and rebuilds the product search index.
 * Idempotent: products already there (by handle) are left alone.
 */
export async function seedGeneratedCatalog(container: MedusaContainer, count: number) {
  const context = createSeedContext(container)
  const startedAt = Date.now()
  const shop = await seedSalesChannelAndRegion(context)
  const locations = await seedShowroomsAndShipping(context, shop)
  await seedCatalog(context, shop, locations, { products: generateProducts(count), batchSize: GENERATED_BATCH_SIZE })
  context.logger.info(`[seed:catalog] catalog ready in ${((Date.now() - startedAt) / 1000).toFixed(0)} s; rebuilding the search index…`)
  const indexedAt = Date.now()
  await container.resolve(Modules.SEARCH).reindex({ index: "product" })
  context.logger.info(`[seed:catalog] search index rebuilt in ${((Date.now() - indexedAt) / 1000).toFixed(0)} s`)
  return context.created
}
