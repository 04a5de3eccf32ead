import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEVELOPMENT_ADMIN } from "../seed/admin-user"
import { seedShop } from "../seed"

/** `npm run seed`: fills an empty shop, and does nothing to one that is already seeded. */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const summary = await seedShop(container, {
    email: process.env.ADMIN_EMAIL || DEVELOPMENT_ADMIN.email,
    password: process.env.ADMIN_PASSWORD || DEVELOPMENT_ADMIN.password,
  })
  const created = Object.entries(summary.created)
  logger.info(
    created.length
      ? `[seed] created ${created.map(([what, count]) => `${count} ${what}`).join(", ")}`
      : "[seed] the shop was already seeded; nothing changed"
  )
  logger.info(`[seed] publishable API key: ${summary.publishableKey}`)
  logger.info(
    `[seed] admin login: ${summary.admin.email}` +
      (summary.admin.created ? ` / ${summary.admin.password}` : " (existing account, password unchanged)")
  )
}
