import { environment } from "../environment"

/**
 * Which of `handles` are not products of the shop, asked of the Medusa store API. Throws
 * when Medusa cannot be asked, so an unverifiable handle is never saved silently.
 */
export async function findUnknownProductHandles(
  handles: string[],
  { medusaUrl = environment.medusaUrl, publishableKey = environment.medusaPublishableKey } = {}
): Promise<string[]> {
  if (!handles.length) return []
  if (!publishableKey) throw new Error("MEDUSA_PUBLISHABLE_KEY is not set, so product handles cannot be checked")
  const query = new URLSearchParams({ fields: "handle", limit: String(handles.length) })
  for (const handle of handles) query.append("handle[]", handle)
  const response = await fetch(`${medusaUrl}/store/products?${query}`, {
    headers: { "x-publishable-api-key": publishableKey },
    signal: AbortSignal.timeout(5000),
  })
  if (!response.ok) throw new Error(`Medusa answered ${response.status} when checking product handles`)
  const { products } = (await response.json()) as { products: { handle: string }[] }
  const known = new Set(products.map((product) => product.handle))
  return handles.filter((handle) => !known.has(handle))
}
