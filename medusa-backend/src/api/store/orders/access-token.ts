import { createHmac, timingSafeEqual } from "node:crypto"

/** How long a guest may open their order with the token handed out at checkout or lookup. */
export const ORDER_ACCESS_TOKEN_TTL_SECONDS = 60 * 60

/** The request header a guest sends the token in. */
export const ORDER_ACCESS_TOKEN_HEADER = "x-order-token"

export type OrderAccessGrant = { order_access_token: string; order_access_token_expires_at: string }
export type OrderAccessVerdict = { valid: true; orderId: string } | { valid: false; reason: "malformed" | "signature" | "expired" }

/**
 * The signing key is derived from the project's JWT secret under its own label, so an order
 * token can never pass as a Medusa auth JWT, nor a JWT as an order token.
 */
function signingKey(jwtSecret: string): Buffer {
  return createHmac("sha256", jwtSecret).update("tailoc:order-access-token:v1").digest()
}

function signature(jwtSecret: string, payload: string): Buffer {
  return createHmac("sha256", signingKey(jwtSecret)).update(payload).digest()
}

/**
 * `<base64url {"o": order id, "e": expiry in unix seconds}>.<base64url HMAC-SHA256>`: a bearer
 * credential for one order, valid until it expires (nothing is stored, nothing to revoke).
 */
export function signOrderAccessToken(
  jwtSecret: string,
  orderId: string,
  ttlSeconds = ORDER_ACCESS_TOKEN_TTL_SECONDS,
  now = Date.now()
): OrderAccessGrant {
  const expiresAt = Math.floor(now / 1000) + ttlSeconds
  const payload = Buffer.from(JSON.stringify({ o: orderId, e: expiresAt })).toString("base64url")
  return {
    order_access_token: `${payload}.${signature(jwtSecret, payload).toString("base64url")}`,
    order_access_token_expires_at: new Date(expiresAt * 1000).toISOString(),
  }
}

export function verifyOrderAccessToken(jwtSecret: string, token: string, now = Date.now()): OrderAccessVerdict {
  const parts = token.trim().split(".")
  if (parts.length !== 2 || token.length > 512) return { valid: false, reason: "malformed" }
  const [payload, sent] = parts
  const expected = signature(jwtSecret, payload)
  const received = Buffer.from(sent, "base64url")
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
    return { valid: false, reason: "signature" }
  }
  let claims: { o?: unknown; e?: unknown }
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
  } catch {
    return { valid: false, reason: "malformed" }
  }
  if (typeof claims?.o !== "string" || typeof claims.e !== "number") return { valid: false, reason: "malformed" }
  if (claims.e * 1000 <= now) return { valid: false, reason: "expired" }
  return { valid: true, orderId: claims.o }
}
