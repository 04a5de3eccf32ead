/**
 * `npm run bench`: each benchmark in bench/, printing figures only. Medusa benchmarks run
 * through `medusa exec` on a scratch database created for the run and dropped after it;
 * the realtime one drives two gateway processes over Redis (REDIS_URL, default local).
 */
import path from "node:path"
import pg from "pg"
import { ensureDatabases, REPOSITORY_ROOT, startPostgres, withDatabase } from "@tailoc/dev-db"
import { run } from "./processes.mjs"

const MEDUSA_BENCHMARKS = ["booking-availability", "search"]
const database = await startPostgres()
const scratch = `atl_bench_${Date.now()}`
const url = withDatabase(database.databaseUrl, scratch)
let code = 0
try {
  await ensureDatabases(database.databaseUrl, [scratch])
  const env = { ...process.env, DATABASE_URL: url, LOG_LEVEL: "error", MEDUSA_DISABLE_TELEMETRY: "true" }
  const backend = path.join(REPOSITORY_ROOT, "medusa-backend")
  console.log("[bench] migrating a scratch database")
  code = await run("npx", ["medusa", "db:migrate"], { cwd: backend, env: { ...env, LOG_LEVEL: "warn" } })
  for (const name of MEDUSA_BENCHMARKS) {
    if (code) break
    console.log(`[bench] ${name}`)
    code = await run("npx", ["medusa", "exec", path.join(REPOSITORY_ROOT, "bench", name, "run.ts")], { cwd: backend, env })
  }
  if (!code) {
    console.log("[bench] realtime")
    code = await run("node", ["--import", "tsx", path.join(REPOSITORY_ROOT, "bench", "realtime", "run.ts")], { cwd: REPOSITORY_ROOT })
  }
} finally {
  const client = new pg.Client({ connectionString: withDatabase(database.databaseUrl, "postgres") })
  await client.connect()
  await client.query(`drop database if exists ${pg.escapeIdentifier(scratch)} with (force)`)
  await client.end()
  await database.stop()
}
process.exit(code)
