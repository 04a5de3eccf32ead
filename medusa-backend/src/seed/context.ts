import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What every part of the seed needs: the container, a logger, and counts of what it created. */
export type SeedContext = {
  container: MedusaContainer
  logger: Logger
  query: any
  created: Record<string, number>
}

export function createSeedContext(container: MedusaContainer): SeedContext {
  return {
    container,
    logger: container.resolve(ContainerRegistrationKeys.LOGGER),
    query: container.resolve(ContainerRegistrationKeys.QUERY),
    created: {},
  }
}

export function countCreated(context: SeedContext, what: string, count: number) {
  context.created[what] = (context.created[what] ?? 0) + count
}

/** Rows of `entity` matching `filters`, through Medusa's query graph. */
export async function findAll<T = any>(
  context: SeedContext,
  entity: string,
  fields: string[],
  filters: Record<string, unknown> = {}
): Promise<T[]> {
  const { data } = await context.query.graph({ entity, fields, filters })
  return data as T[]
}
