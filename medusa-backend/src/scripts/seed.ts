import { existsSync, readFileSync, writeFileSync } from "node:fs"
import type { ExecArgs, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEVELOPMENT_ADMIN } from "../seed/admin-user"
import { seedShop } from "../seed"

const KEY_VARIABLE = "NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY"

/**
 * Writes the seeded publishable key into the storefront's env file, so nobody copies it by
 * hand. Other lines are kept; a key from an older database is replaced.
 */
function shareKeyWithStorefront(envFile: string, publishableKey: string, logger: Logger) {
  const lines = existsSync(envFile) ? readFileSync(envFile, "utf8").split("\n").filter(Boolean) : []
  const current = lines.find((line) => line.startsWith(`${KEY_VARIABLE}=`))
  if (current === `${KEY_VARIABLE}=${publishableKey}`) return
  const kept = lines.filter((line) => !line.startsWith(`${KEY_VARIABLE}=`))
  writeFileSync(envFile, [...kept, `${KEY_VARIABLE}=${publishableKey}`].join("\n") + "\n")
  logger.info(`[seed] ${current ? "updated" : "wrote"} ${KEY_VARIABLE} in ${envFile}`)
}

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
  if (process.env.STOREFRONT_ENV_FILE) {
    shareKeyWithStorefront(process.env.STOREFRONT_ENV_FILE, summary.publishableKey, logger)
  }
}
