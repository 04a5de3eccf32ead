/**
 * Bringing the shop up, shared by `npm run dev` and `npm run e2e`: PostgreSQL (embedded
 * unless DATABASE_URL is set), plugin builds, migrations, the idempotent seed, then the
 * apps, each in its own process group so that stop() leaves nothing behind.
 */
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { ensureDatabases, REPOSITORY_ROOT, startPostgres } from "@tailoc/dev-db"
import { projectDatabases } from "./databases.mjs"
import { run, startService } from "./processes.mjs"

const startedAt = Date.now()
const seconds = () => `${((Date.now() - startedAt) / 1000).toFixed(0)} s`
export const say = (message) => console.log(`\x1b[1m[stack]\x1b[0m ${message} \x1b[2m(${seconds()})\x1b[0m`)
const workspace = (name) => path.join(REPOSITORY_ROOT, name)

const APPS = {
  medusa: { args: ["medusa", "develop"], cwd: "medusa-backend", colour: 35, ready: "http://localhost:9000/health" },
  storefront: { args: ["next", "dev", "-p", "8000"], cwd: "storefront", colour: 36, ready: "http://localhost:8000" },
  cms: { args: ["next", "dev", "-p", "3000"], cwd: "cms", colour: 33, ready: "http://localhost:3000/admin" },
}

export async function startStack({ apps = Object.keys(APPS) } = {}) {
  const services = []
  let database
  let stopping = false

  const stop = async () => {
    if (stopping) return
    stopping = true
    say("stopping…")
    await Promise.all(services.map((service) => service.stop()))
    await database?.stop()
  }

  const mustRun = async (description, command, args, options) => {
    say(description)
    const code = await run(command, args, options)
    if (code !== 0) {
      await stop()
      throw new Error(`${description} failed (exit code ${code}); see the output above`)
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
    TURBO_TELEMETRY_DISABLED: "1",
  }
  if (!process.env.REDIS_URL) say("REDIS_URL is not set: Medusa uses its in-memory event bus, workflow engine and locks")

  await mustRun("building the Medusa plugins (1/4)", "npx", ["turbo", "run", "build", "--filter=./plugins/*"], { env })
  await mustRun("applying Medusa migrations (2/4)", "npx", ["medusa", "db:migrate"], { cwd: workspace("medusa-backend"), env })
  await mustRun("seeding the shop if it is new (3/4)", "npx", ["medusa", "exec", "./src/scripts/seed.ts"], {
    cwd: workspace("medusa-backend"),
    env: { ...env, STOREFRONT_ENV_FILE: path.join(workspace("storefront"), ".env.local") },
  })
  // The CMS checks product handles against Medusa with the key the seed just made.
  const storefrontEnv = path.join(workspace("storefront"), ".env.local")
  const publishableKey = existsSync(storefrontEnv)
    ? readFileSync(storefrontEnv, "utf8").match(/^NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY=(.+)$/m)?.[1]
    : undefined
  Object.assign(env, {
    MEDUSA_PUBLISHABLE_KEY: process.env.MEDUSA_PUBLISHABLE_KEY || publishableKey,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY || publishableKey,
    STOREFRONT_URL: process.env.STOREFRONT_URL || "http://localhost:8000",
    CMS_URL: process.env.CMS_URL || "http://localhost:3000",
  })
  if (apps.includes("cms")) {
    await mustRun("applying Payload migrations (4/4)", "npx", ["payload", "migrate"], { cwd: workspace("cms"), env })
  }

  say(`starting ${apps.join(", ")}`)
  for (const name of apps) {
    const app = APPS[name]
    services.push(startService(name, "npx", app.args, { cwd: workspace(app.cwd), env, colour: app.colour }))
  }

  /** Resolves when every app answers its URL; rejects if one exits first or time runs out. */
  const ready = async (timeoutMs = 180_000) => {
    const deadline = Date.now() + timeoutMs
    const pending = new Set(apps)
    const exited = Promise.race(services.map((service) => service.exited.then((result) => ({ ...result, name: service.name }))))
    while (pending.size) {
      for (const name of [...pending]) {
        const ok = await fetch(APPS[name].ready).then((response) => response.ok, () => false)
        if (ok) pending.delete(name)
      }
      if (!pending.size) break
      if (Date.now() > deadline) throw new Error(`not ready after ${timeoutMs / 1000} s: ${[...pending].join(", ")}`)
      const early = await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1000, null))])
      if (early) throw new Error(`${early.name} exited before it was ready (${early.signal ?? `exit code ${early.code}`})`)
    }
    say(`${apps.join(", ")} ready`)
    if (apps.includes("cms") && apps.includes("medusa")) {
      await mustRun("seeding blog posts and projects if new", "npm", ["run", "seed", "--workspace", "cms"], { env })
    }
  }

  return { services, database, stop, ready, isStopping: () => stopping }
}
