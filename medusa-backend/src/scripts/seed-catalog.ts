import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { seedGeneratedCatalog } from "../seed/generated-catalog"

/** `npm run seed:catalog -- --products 10000`: a large generated catalog for benchmarks. */
export default async function seedCatalogScript({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const flag = args.indexOf("--products")
  const count = flag === -1 ? 10_000 : Number(args[flag + 1])
  if (!Number.isInteger(count) || count < 1 || count > 100_000) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `--products must be a whole number from 1 to 100000 (got "${args[flag + 1]}")`)
  }
  const created = Object.entries(await seedGeneratedCatalog(container, count))
  logger.info(
    created.length
      ? `[seed:catalog] created ${created.map(([what, n]) => `${n} ${what}`).join(", ")}`
      : `[seed:catalog] all ${count} generated products were already there; nothing changed`
  )
}
