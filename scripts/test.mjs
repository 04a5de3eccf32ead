/**
 * `npm test`: jest across the workspaces (through turbo), against the PostgreSQL in
 * DATABASE_URL or an embedded one started for the run and stopped after it.
 */
import net from "node:net"
import { startPostgres, testRunnerEnvironment } from "@tailoc/dev-db"
import { run } from "./processes.mjs"

/** True when something answers on the Redis URL's host and port within a second. */
function reachable(url) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 1000 })
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("error", () => resolve(false))
    socket.once("timeout", () => (socket.destroy(), resolve(false)))
  })
}

// Tests of cross-process behaviour (limits, socket fan-out) need a real Redis: the one in
// TEST_REDIS_URL, else REDIS_URL, else a local one if it answers. Without one they say so loudly.
const redisCandidate = process.env.TEST_REDIS_URL || process.env.REDIS_URL || "redis://127.0.0.1:6379"
const testRedisUrl = (await reachable(redisCandidate)) ? redisCandidate : undefined
if (testRedisUrl) {
  console.log(`[test] Redis for cross-process tests: ${testRedisUrl}`)
} else {
  console.warn(`[test] WARNING: no Redis answers at ${redisCandidate}; tests that need Redis will be reported as SKIPPED`)
}

const database = await startPostgres()
const env = {
  ...process.env,
  DATABASE_URL: database.databaseUrl,
  ...testRunnerEnvironment(database.databaseUrl),
  ...(testRedisUrl ? { TEST_REDIS_URL: testRedisUrl } : {}),
  TURBO_TELEMETRY_DISABLED: "1",
  // Medusa's integration tests are heavy; on a 2-core machine one workspace at a time is fastest.
}

let code = 1
const stopOnSignal = async () => {
  await database.stop()
  process.exit(130)
}
process.once("SIGINT", stopOnSignal)
process.once("SIGTERM", stopOnSignal)
try {
  code = await run("npx", ["turbo", "run", "typecheck", "test", "--concurrency=1", "--continue", ...process.argv.slice(2)], { env })
} finally {
  await database.stop()
}
process.exit(code)
