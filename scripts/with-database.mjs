/**
 * `node scripts/with-database.mjs -- <command> [args…]`: runs one command against the
 * project's PostgreSQL (DATABASE_URL, or the embedded one started for the command and
 * stopped after it), with DATABASE_URL and PAYLOAD_DATABASE_URL set. `npm run seed` uses it.
 */
import { ensureDatabases, startPostgres } from "@tailoc/dev-db"
import { projectDatabases } from "./databases.mjs"
import { run } from "./processes.mjs"

const separator = process.argv.indexOf("--")
const [command, ...args] = separator === -1 ? process.argv.slice(2) : process.argv.slice(separator + 1)
if (!command) {
  console.error("usage: node scripts/with-database.mjs -- <command> [args…]")
  process.exit(2)
}

const database = await startPostgres()
let code = 1
const stopOnSignal = async () => {
  await database.stop()
  process.exit(130)
}
process.once("SIGINT", stopOnSignal)
process.once("SIGTERM", stopOnSignal)
try {
  const { medusa, payload } = projectDatabases(database.databaseUrl)
  await ensureDatabases(database.databaseUrl, [medusa.name, payload.name])
  code = await run(command, args, {
    env: { ...process.env, DATABASE_URL: medusa.url, PAYLOAD_DATABASE_URL: payload.url },
  })
} finally {
  await database.stop()
}
process.exit(code)
