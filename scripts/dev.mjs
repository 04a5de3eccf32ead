/**
 * `npm run dev`: the whole shop on one machine with no other step. PostgreSQL (embedded
 * unless DATABASE_URL is set), Medusa migrations and seed, Payload migrations, then Medusa
 * (:9000, Admin at /app), the storefront (:8000) and the CMS (:3000). Ctrl-C stops all of it.
 */
import path from "node:path"
import { ensureDatabases, REPOSITORY_ROOT, startPostgres } from "@tailoc/dev-db"
import { projectDatabases } from "./databases.mjs"
import { run, startService } from "./processes.mjs"

const startedAt = Date.now()
const seconds = () => `${((Date.now() - startedAt) / 1000).toFixed(0)} s`
const say = (message) => console.log(`\x1b[1m[dev]\x1b[0m ${message} \x1b[2m(${seconds()})\x1b[0m`)
const workspace = (name) => path.join(REPOSITORY_ROOT, name)

const services = []
let database
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  say("stopping…")
  await Promise.all(services.map((service) => service.stop()))
  await database?.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

async function mustRun(description, command, args, options) {
  say(description)
  const code = await run(command, args, options)
  if (code !== 0) {
    console.error(`[dev] ${description} failed (exit code ${code}); see the output above`)
    await shutdown(code)
  }
}

database = await startPostgres()
const { medusa, payload } = projectDatabases(database.databaseUrl)
await ensureDatabases(database.databaseUrl, [medusa.name, payload.name])

const env = {
  ...process.env,
  DATABASE_URL: medusa.url,
  PAYLOAD_DATABASE_URL: payload.url,
  MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  NEXT_TELEMETRY_DISABLED: "1",
  MEDUSA_DISABLE_TELEMETRY: "true",
}
if (!process.env.REDIS_URL) say("REDIS_URL is not set: Medusa uses its in-memory event bus, workflow engine and locks")

await mustRun("building the Medusa plugins (1/4)", "npx", ["turbo", "run", "build", "--filter=./plugins/*"], { env })
await mustRun("applying Medusa migrations (2/4)", "npx", ["medusa", "db:migrate"], { cwd: workspace("medusa-backend"), env })
await mustRun("seeding the shop if it is new (3/4)", "npx", ["medusa", "exec", "./src/scripts/seed.ts"], {
  cwd: workspace("medusa-backend"),
  env: { ...env, STOREFRONT_ENV_FILE: path.join(workspace("storefront"), ".env.local") },
})
await mustRun("applying Payload migrations (4/4)", "npx", ["payload", "migrate"], { cwd: workspace("cms"), env })

say("starting Medusa, the storefront and the CMS")
services.push(
  startService("medusa", "npx", ["medusa", "develop"], { cwd: workspace("medusa-backend"), env, colour: 35 }),
  startService("storefront", "npx", ["next", "dev", "-p", "8000"], { cwd: workspace("storefront"), env, colour: 36 }),
  startService("cms", "npx", ["next", "dev", "-p", "3000"], { cwd: workspace("cms"), env, colour: 33 })
)
for (const service of services) {
  service.exited.then(({ code, signal }) => {
    if (stopping) return
    console.error(`[dev] ${service.name} stopped (${signal ?? `exit code ${code}`}); stopping everything`)
    shutdown(code || 1)
  })
}

console.log(`
  Audio Tài Lộc is starting:
    Medusa API     http://localhost:9000/store/products
    Medusa Admin   http://localhost:9000/app   (${process.env.ADMIN_EMAIL || "admin@audiotailoc.vn"}, password printed by the seed above)
    Storefront     http://localhost:8000
    CMS (Payload)  http://localhost:3000/admin (create the first editor on first visit)
  Ctrl-C stops everything${database.embedded ? ", including the embedded PostgreSQL" : ""}.
`)
