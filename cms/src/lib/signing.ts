import { createHmac, timingSafeEqual } from "node:crypto"

/** HMAC-SHA256 of `timestamp.body`, hex: the signature the storefront checks. */
export function sign(body: string, timestamp: number, secret: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")
}

export function verify(body: string, timestamp: number, signature: string, secret: string, maxAgeSeconds = 300): boolean {
  if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > maxAgeSeconds) return false
  const expected = Buffer.from(sign(body, timestamp, secret), "hex")
  const given = Buffer.from(signature, "hex")
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** A preview token for one document: `<expiry>.<signature>`, checked by the read access rule. */
export function previewToken(collection: string, slug: string, secret: string, ttlSeconds = 3600): string {
  const expiry = Math.floor(Date.now() / 1000) + ttlSeconds
  return `${expiry}.${sign(`${collection}:${slug}`, expiry, secret)}`
}

export function verifyPreviewToken(token: string, collection: string, slug: string, secret: string): boolean {
  const [expiry, signature] = token.split(".")
  const expiresAt = Number(expiry)
  if (!signature || !Number.isFinite(expiresAt) || expiresAt < Date.now() / 1000) return false
  return verify(`${collection}:${slug}`, expiresAt, signature, secret, Number.MAX_SAFE_INTEGER)
}
