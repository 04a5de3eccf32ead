const test = require("node:test")
const assert = require("node:assert/strict")
const { spawn } = require("node:child_process")
const http = require("node:http")
const { createLimiter, clientAddress, limitRequests, configureRateLimits, closeRateLimits } = require("..")

const fakeRequest = (remoteAddress, forwardedFor) => ({
  socket: { remoteAddress },
  connection: { remoteAddress },
  headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
})

test("X-Forwarded-For is ignored unless the proxy is trusted", () => {
  configureRateLimits({})
  assert.equal(clientAddress(fakeRequest("::ffff:203.0.113.9", "1.2.3.4")), "203.0.113.9")
  configureRateLimits({ trustedProxies: ["loopback"] })
  assert.equal(clientAddress(fakeRequest("127.0.0.1", "1.2.3.4")), "1.2.3.4")
  // A client cannot hide behind a forged first hop: the nearest untrusted one counts.
  assert.equal(clientAddress(fakeRequest("127.0.0.1", "6.6.6.6, 1.2.3.4")), "1.2.3.4")
  // An untrusted peer's header is not believed.
  assert.equal(clientAddress(fakeRequest("198.51.100.7", "1.2.3.4")), "198.51.100.7")
  assert.throws(() => configureRateLimits({ trustedProxies: ["not-an-address"] }), /TRUSTED_PROXIES/)
})

test("in memory: the limit refuses with a retry time, per key", async () => {
  configureRateLimits({})
  const limiter = createLimiter({ name: `test-memory-${process.pid}`, points: 3, durationSeconds: 60 })
  assert.equal(limiter.shared, false)
  const verdicts = []
  for (let i = 0; i < 4; i++) verdicts.push(await limiter.consume("a"))
  assert.deepEqual(verdicts.map((v) => v.allowed), [true, true, true, false])
  assert.ok(verdicts[3].retryAfterSeconds > 0 && verdicts[3].retryAfterSeconds <= 60)
  assert.equal((await limiter.consume("b")).allowed, true)
  await limiter.reset("a")
  assert.equal((await limiter.consume("a")).allowed, true)
})

test("the middleware answers 429 with Retry-After in the caller's language", async () => {
  configureRateLimits({})
  const limiter = createLimiter({ name: `test-http-${process.pid}`, points: 1, durationSeconds: 60 })
  const guard = limitRequests(limiter)
  const server = http.createServer((req, res) => {
    res.status = (code) => {
      res.statusCode = code
      return { json: (body) => res.end(JSON.stringify(body)) }
    }
    guard(req, res, () => res.end("ok"))
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  const url = `http://127.0.0.1:${server.address().port}/`
  try {
    assert.equal((await fetch(url)).status, 200)
    const refused = await fetch(url, { headers: { "accept-language": "en-US" } })
    assert.equal(refused.status, 429)
    assert.ok(Number(refused.headers.get("retry-after")) > 0)
    assert.match((await refused.json()).message, /Too many requests/)
    const vietnamese = await fetch(url)
    assert.match((await vietnamese.json()).message, /Vui lòng thử lại sau/)
  } finally {
    server.close()
  }
})

const redisUrl = process.env.TEST_REDIS_URL
test("with Redis, two processes share one count", { skip: !redisUrl && "TEST_REDIS_URL is not set: the shared-limit test did NOT run" }, async () => {
  const name = `test-shared-${process.pid}-${Date.now()}`
  // Each child process is a separate Node process with its own Redis connection, as two Medusa servers are.
  const child = () =>
    new Promise((resolve, reject) => {
      const script = `
        const { createLimiter, configureRateLimits, closeRateLimits } = require(${JSON.stringify(require.resolve(".."))})
        configureRateLimits({ redisUrl: ${JSON.stringify(redisUrl)} })
        const limiter = createLimiter({ name: ${JSON.stringify(name)}, points: 5, durationSeconds: 60 })
        Promise.all(Array.from({ length: 4 }, () => limiter.consume("same-key")))
          .then((verdicts) => { process.stdout.write(JSON.stringify(verdicts.map((v) => v.allowed))); return closeRateLimits() })
      `
      const proc = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] })
      let out = ""
      proc.stdout.on("data", (chunk) => (out += chunk))
      proc.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`child exited ${code}`))))
    })
  const [first, second] = await Promise.all([child(), child()])
  const allowed = [...first, ...second].filter(Boolean).length
  assert.equal(allowed, 5, "8 requests across two processes against a limit of 5")
  configureRateLimits({ redisUrl })
  const limiter = createLimiter({ name, points: 5, durationSeconds: 60 })
  assert.equal(limiter.shared, true)
  assert.equal((await limiter.peek("same-key")).allowed, false)
  await closeRateLimits()
})

if (!redisUrl) {
  console.warn("\n[rate-limits] WARNING: TEST_REDIS_URL is not set, the cross-process Redis test was SKIPPED\n")
}
