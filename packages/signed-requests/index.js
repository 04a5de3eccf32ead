/**
 * Signatures between the CMS and the storefront. The CMS signs a revalidation request or
 * a preview link with a shared secret; the storefront checks it before acting on it.
 */
import { createHmac, timingSafeEqual } from "node:crypto"

/** HMAC-SHA256 of `timestamp.body`, in hex. */
export function sign(body, timestamp, secret) {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")
}

/** True when `signature` signs `body` at `timestamp` and the timestamp is recent. */
export function verify(body, timestamp, signature, secret, maxAgeSeconds = 300) {
  if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > maxAgeSeconds) return false
  if (typeof signature !== "string" || !/^[0-9a-f]+$/.test(signature)) return false
  const expected = Buffer.from(sign(body, timestamp, secret), "hex")
  const given = Buffer.from(signature, "hex")
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** `<expiry>.<signature>`: lets one storefront preview read one draft until it expires. */
export function previewToken(collection, slug, secret, ttlSeconds = 3600) {
  const expiry = Math.floor(Date.now() / 1000) + ttlSeconds
  return `${expiry}.${sign(`${collection}:${slug}`, expiry, secret)}`
}

export function verifyPreviewToken(token, collection, slug, secret) {
  const [expiry, signature] = String(token ?? "").split(".")
  const expiresAt = Number(expiry)
  if (!signature || !Number.isFinite(expiresAt) || expiresAt < Date.now() / 1000) return false
  return verify(`${collection}:${slug}`, expiresAt, signature, secret, Number.MAX_SAFE_INTEGER)
}
