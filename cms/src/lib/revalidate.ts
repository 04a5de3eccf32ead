import { sign } from "@tailoc/signed-requests"

export type RevalidationRequest = { tags: string[]; paths: string[] }

/**
 * Tells the storefront which cached pages changed. Signed, so nobody else can empty its
 * cache; a storefront that is down only loses freshness, never the editor's save.
 */
export async function requestRevalidation(
  request: RevalidationRequest,
  { storefrontUrl, secret, logger }: { storefrontUrl: string; secret: string; logger?: { warn: (message: string) => void } }
): Promise<boolean> {
  const body = JSON.stringify(request)
  const timestamp = Math.floor(Date.now() / 1000)
  try {
    const response = await fetch(`${storefrontUrl}/api/revalidate`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-revalidate-timestamp": String(timestamp),
        "x-revalidate-signature": sign(body, timestamp, secret),
      },
      body,
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) logger?.warn(`revalidation of ${request.paths.join(", ")} answered ${response.status}`)
    return response.ok
  } catch (error) {
    logger?.warn(`revalidation of ${request.paths.join(", ")} failed: ${(error as Error).message}`)
    return false
  }
}
