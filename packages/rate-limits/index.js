"use strict"
/**
 * Request limits for the shop's API. With REDIS_URL every Medusa process counts in the same
 * Redis keys, so a limit holds however many processes serve the shop; without it each
 * process counts in memory (development and tests). The client address comes from the
 * socket unless TRUSTED_PROXIES names the proxies allowed to set X-Forwarded-For.
 */
const { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } = require("rate-limiter-flexible")
const proxyAddr = require("proxy-addr")
const { languageOf } = require("@tailoc/shop-locale")

const DEFAULT_KEY_PREFIX = "tailoc:limit"

let settings
let redisClient

/** Reads REDIS_URL and TRUSTED_PROXIES once, on first use; `configureRateLimits` overrides them (tests). */
function currentSettings() {
  if (!settings) {
    settings = readSettings(process.env)
  }
  return settings
}

function readSettings(env) {
  const trusted = (env.TRUSTED_PROXIES || "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
  let trust
  try {
    trust = proxyAddr.compile(trusted)
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES must list IP addresses, CIDR ranges or loopback/linklocal/uniquelocal, got "${env.TRUSTED_PROXIES}": ${error.message}`)
  }
  return {
    redisUrl: env.REDIS_URL || undefined,
    trustedProxies: trusted,
    trust,
    // Separate namespaces keep test runs (or two shops on one Redis) from counting into each other.
    keyPrefix: env.RATE_LIMIT_PREFIX || DEFAULT_KEY_PREFIX,
  }
}

function configureRateLimits(overrides = {}) {
  settings = readSettings({
    REDIS_URL: overrides.redisUrl,
    TRUSTED_PROXIES: (overrides.trustedProxies || []).join(","),
    RATE_LIMIT_PREFIX: overrides.keyPrefix ?? process.env.RATE_LIMIT_PREFIX,
  })
}

function redis() {
  if (!redisClient) {
    const Redis = require("ioredis")
    redisClient = new Redis(currentSettings().redisUrl, {
      // Commands wait for the first connection (so the first requests after a start count in
      // Redis too), but a limiter must answer fast: past a second, the in-memory insurance counts.
      enableOfflineQueue: true,
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
    })
    redisClient.on("error", () => {})
  }
  return redisClient
}

function toResult(answer, points, allowed) {
  if (!(answer instanceof RateLimiterRes)) {
    throw answer
  }
  return {
    allowed,
    remaining: Math.max(0, answer.remainingPoints),
    consumed: answer.consumedPoints,
    limit: points,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(answer.msBeforeNext / 1000)),
  }
}

/**
 * A named limit: at most `points` per `durationSeconds` per key; past it, the key is refused
 * for `blockSeconds` (default: the rest of the window).
 */
function createLimiter({ name, points, durationSeconds, blockSeconds = 0 }) {
  if (!name || !(points > 0) || !(durationSeconds > 0)) {
    throw new Error(`A rate limit needs a name, points > 0 and durationSeconds > 0 (got ${JSON.stringify({ name, points, durationSeconds })})`)
  }
  const { redisUrl, keyPrefix } = currentSettings()
  const options = { keyPrefix: `${keyPrefix}:${name}`, points, duration: durationSeconds, blockDuration: blockSeconds }
  const store = redisUrl
    ? new RateLimiterRedis({ ...options, storeClient: redis(), insuranceLimiter: new RateLimiterMemory(options) })
    : new RateLimiterMemory(options)

  return {
    name,
    points,
    shared: Boolean(redisUrl),
    /** Counts `cost` against `key`; `allowed` is false once the limit is passed. */
    async consume(key, cost = 1) {
      try {
        return toResult(await store.consume(key, cost), points, true)
      } catch (refusal) {
        return toResult(refusal, points, false)
      }
    },
    /** The state of `key` without counting anything. */
    async peek(key) {
      const answer = await store.get(key)
      if (!answer) return { allowed: true, remaining: points, consumed: 0, limit: points, retryAfterSeconds: 0 }
      const allowed = answer.consumedPoints < points
      return toResult(answer, points, allowed)
    },
    /** Refuses `key` for `seconds` from now (back-off after repeated failures). */
    async block(key, seconds) {
      await store.block(key, seconds)
    },
    async reset(key) {
      await store.delete(key)
    },
  }
}

/** The caller's address: the socket's, or the first untrusted hop of X-Forwarded-For behind trusted proxies. */
function clientAddress(req) {
  const { trust, trustedProxies } = currentSettings()
  if (!trustedProxies.length) {
    return normalise(req.socket?.remoteAddress)
  }
  return normalise(proxyAddr(req, trust))
}

function normalise(address) {
  if (!address) return "unknown"
  return address.startsWith("::ffff:") ? address.slice(7) : address
}

/**
 * Express middleware: counts one request per key and answers 429 with Retry-After past the
 * limit. `key(req)` defaults to the client address; returning undefined skips counting.
 */
function limitRequests(limiter, { key = clientAddress, message } = {}) {
  return async (req, res, next) => {
    let subject
    try {
      subject = key(req)
    } catch (error) {
      return next(error)
    }
    if (subject === undefined || subject === null) return next()
    let verdict
    try {
      verdict = await limiter.consume(String(subject))
    } catch (error) {
      return next(error)
    }
    if (verdict.allowed) return next()
    sendTooManyRequests(req, res, verdict.retryAfterSeconds, message)
  }
}

/** 429 with Retry-After and a sentence in the caller's language. */
function sendTooManyRequests(req, res, retryAfterSeconds, message) {
  const english = languageOf(req) === "en"
  const wait = waitText(retryAfterSeconds, english)
  res.setHeader("Retry-After", String(retryAfterSeconds))
  res.status(429).json({
    type: "rate_limited",
    retry_after: retryAfterSeconds,
    message:
      (typeof message === "function" ? message({ english, retryAfterSeconds, wait }) : undefined) ??
      (english ? `Too many requests. Please try again in ${wait}.` : `Bạn thao tác quá nhanh. Vui lòng thử lại sau ${wait}.`),
  })
}

function waitText(seconds, english) {
  if (seconds < 90) return english ? `${seconds} seconds` : `${seconds} giây`
  const minutes = Math.ceil(seconds / 60)
  return english ? `${minutes} minutes` : `${minutes} phút`
}

/** Closes the shared Redis connection (tests and clean shutdown). */
async function closeRateLimits() {
  if (redisClient) {
    const client = redisClient
    redisClient = undefined
    await client.quit().catch(() => client.disconnect())
  }
}

module.exports = {
  createLimiter,
  clientAddress,
  limitRequests,
  sendTooManyRequests,
  configureRateLimits,
  closeRateLimits,
}
