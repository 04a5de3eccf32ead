/**
 * `npm run db:start`: the project's PostgreSQL on its own, for running one app by hand.
 * Creates the Medusa and Payload databases and keeps the embedded server up until Ctrl-C.
 */
import { ensureDatabases, startPostgres } from "@tailoc/dev-db"
import { projectDatabases } from "./databases.mjs"

const database = await startPostgres()
const { medusa, payload } = projectDatabases(database.databaseUrl)
await ensureDatabases(database.databaseUrl, [medusa.name, payload.name])
console.log(`[db] ready\n  DATABASE_URL=${medusa.url}\n  PAYLOAD_DATABASE_URL=${payload.url}`)
if (!database.embedded) process.exit(0)

const stop = async () => {
  await database.stop()
  process.exit(0)
}
process.once("SIGINT", stop)
process.once("SIGTERM", stop)
setInterval(() => {}, 1 << 30)
