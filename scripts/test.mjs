/**
 * `npm test`: jest across the workspaces (through turbo), against the PostgreSQL in
 * DATABASE_URL or an embedded one started for the run and stopped after it.
 */
import { startPostgres, testRunnerEnvironment } from "@tailoc/dev-db"
import { run } from "./processes.mjs"

const database = await startPostgres()
const env = {
  ...process.env,
  DATABASE_URL: database.databaseUrl,
  ...testRunnerEnvironment(database.databaseUrl),
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
