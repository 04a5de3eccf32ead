import type { MedusaContainer } from "@medusajs/framework/types"
import { DEVELOPMENT_ADMIN, seedAdminUser, type AdminCredentials } from "./admin-user"
import { seedBooking } from "./booking"
import { seedCatalog } from "./catalog"
import { createSeedContext } from "./context"
import { seedShowroomsAndShipping } from "./locations"
import { seedPublishableKey, seedSalesChannelAndRegion } from "./shop"

export type SeedSummary = {
  created: Record<string, number>
  publishableKey: string
  admin: AdminCredentials
}

/**
 * The shop as a customer first sees it. Every part looks for what it would create and
 * creates only what is missing, so running it again changes nothing.
 */
export async function seedShop(
  container: MedusaContainer,
  admin: { email: string; password: string } = DEVELOPMENT_ADMIN
): Promise<SeedSummary> {
  const context = createSeedContext(container)
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const startedAt = Date.now()
    context.logger.info(`[seed] ${name}…`)
    const result = await run()
    context.logger.info(`[seed] ${name} done in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
    return result
  }

  const shop = await step("store, sales channel, region Việt Nam and VAT", () => seedSalesChannelAndRegion(context))
  const locations = await step("showrooms, stock locations and shipping options", () => seedShowroomsAndShipping(context, shop))
  await step("categories, brands and products", () => seedCatalog(context, shop, locations))
  const publishableKey = await step("storefront publishable key", () => seedPublishableKey(context, shop))
  const adminCredentials = await step("admin user", () => seedAdminUser(context, admin))
  await step("booking services, technicians and a demo customer", () => seedBooking(context))

  return { created: context.created, publishableKey, admin: adminCredentials }
}
