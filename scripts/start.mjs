/**
 * `npm start`: the production shape on one machine, from the output of `npm run build`.
 * Migrations once, then Medusa's API processes (Medusa's cluster mode, each with the realtime
 * gateway on one shared port), one Medusa worker (subscribers and scheduled jobs), and
 * `next start` for the storefront and the CMS. NODE_ENV=production everywhere; no dev server,
 * no watcher. `npm start -- --seed` also runs the idempotent shop seed after the migrations.
 * Ctrl-C stops every process.
 */
import { existsSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ensureDatabases, REPOSITORY_ROOT } from "@tailoc/dev-db"
import { projectDatabases } from "./databases.mjs"
import { run, startService } from "./processes.mjs"

const startedAt = Date.now()
const say = (message) => console.log(`\x1b[1m[start]\x1b[0m ${message} \x1b[2m(${((Date.now() - startedAt) / 1000).toFixed(0)} s)\x1b[0m`)
const fail = (message) => {
  console.error(`\x1b[31m[start]\x1b[0m ${message}`)
  process.exit(1)
}
const workspace = (name) => path.join(REPOSITORY_ROOT, name)

const REQUIRED = {
  DATABASE_URL: "PostgreSQL of the shop, e.g. postgres://user:password@db-host:5432/medusa (Payload uses <name>_cms on the same server)",
  REDIS_URL: "Redis shared by every Medusa process (events, workflows, cache, locks, socket fan-out), e.g. redis://redis-host:6379",
  JWT_SECRET: "Medusa's token signing key",
  COOKIE_SECRET: "Medusa's session cookie key",
  PAYLOAD_SECRET: "Payload CMS's key",
  REVALIDATE_SECRET: "shared by the CMS and the storefront (signed revalidation requests)",
  PREVIEW_SECRET: "shared by the CMS and the storefront (signed draft previews)",
}
// The published development defaults are all spelled so; production must not run with one.
const isDevelopmentSecret = (value) => value.startsWith("audio-tai-loc-dev-")

const problems = Object.entries(REQUIRED).flatMap(([name, meaning]) => {
  const value = process.env[name]
  if (!value) return [`${name} is not set: ${meaning}`]
  if (name.endsWith("_SECRET") && isDevelopmentSecret(value)) return [`${name} is the public development value: ${meaning}`]
  return []
})
if (problems.length) {
  fail(
    `cannot start in production:\n  - ${problems.join("\n  - ")}\n` +
      `Set them in the environment, e.g.\n  export ${Object.keys(REQUIRED)
        .filter((name) => name.endsWith("_SECRET"))
        .map((name) => `${name}=$(openssl rand -hex 32)`)
        .join(" \\\n         ")}\n` +
      `(the storefront and the CMS must share REVALIDATE_SECRET and PREVIEW_SECRET; keep them stable across restarts). See README › Production.`
  )
}

const medusaServer = workspace("medusa-backend/.medusa/server")
const missingBuilds = [
  [path.join(medusaServer, "medusa-config.js"), "Medusa server"],
  [path.join(medusaServer, "public/admin/index.html"), "Medusa Admin"],
  // NEXT_DIST_DIR (storefront/next.config.ts) lets a production build live beside dev servers' output.
  [workspace(`storefront/${process.env.NEXT_DIST_DIR || ".next"}/BUILD_ID`), "storefront"],
  [workspace("cms/.next/BUILD_ID"), "CMS"],
].filter(([file]) => !existsSync(file))
if (missingBuilds.length) fail(`no production build of ${missingBuilds.map(([, what]) => what).join(", ")}: run \`npm run build\` first`)

const port = (name, fallback) => {
  const value = Number(process.env[name] || fallback)
  if (!Number.isInteger(value) || value < 1 || value > 65535) fail(`${name} must be a port number, got "${process.env[name]}"`)
  return value
}
const ports = {
  api: port("PORT", 9000),
  realtime: port("REALTIME_PORT", 9001),
  worker: port("WORKER_PORT", 9002),
  storefront: port("STOREFRONT_PORT", 8000),
  cms: port("CMS_PORT", 3000),
}
// Medusa's cluster mode runs at most one process per CPU.
const apiProcesses = Math.min(Number(process.env.API_PROCESSES || 2), os.availableParallelism())
if (!Number.isInteger(apiProcesses) || apiProcesses < 1) fail(`API_PROCESSES must be a whole number ≥ 1, got "${process.env.API_PROCESSES}"`)

const { medusa, payload } = projectDatabases(process.env.DATABASE_URL)
const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${ports.api}`
const storefrontUrl = process.env.STOREFRONT_URL || `http://localhost:${ports.storefront}`
const cmsUrl = process.env.CMS_URL || `http://localhost:${ports.cms}`
const env = {
  ...process.env,
  NODE_ENV: "production",
  PAYLOAD_DATABASE_URL: payload.url,
  MEDUSA_BACKEND_URL: backendUrl,
  STOREFRONT_URL: storefrontUrl,
  CMS_URL: cmsUrl,
  PAYLOAD_PUBLIC_SERVER_URL: process.env.PAYLOAD_PUBLIC_SERVER_URL || cmsUrl,
  STORE_CORS: process.env.STORE_CORS || `${storefrontUrl},${cmsUrl}`,
  ADMIN_CORS: process.env.ADMIN_CORS || backendUrl,
  AUTH_CORS: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
  REALTIME_PORT: String(ports.realtime),
  NEXT_TELEMETRY_DISABLED: "1",
  MEDUSA_DISABLE_TELEMETRY: "true",
}

const services = []
let stopping = false
async function stop(code) {
  if (stopping) return
  stopping = true
  say("stopping…")
  await Promise.all(services.map((service) => service.stop()))
  process.exit(code)
}
process.on("SIGINT", () => stop(0))
process.on("SIGTERM", () => stop(0))

async function mustRun(description, command, args, options) {
  say(description)
  const code = await run(command, args, { env, ...options })
  if (code !== 0) fail(`${description} failed (exit code ${code}); see the output above`)
}

function start(name, command, args, { cwd, extraEnv = {}, colour }) {
  const service = startService(name, command, args, { cwd, env: { ...env, ...extraEnv }, colour })
  services.push(service)
  service.exited.then(({ code, signal }) => {
    if (stopping) return
    console.error(`[start] ${name} stopped (${signal ?? `exit code ${code}`}); stopping everything`)
    stop(code || 1)
  })
}

await ensureDatabases(medusa.url, [medusa.name, payload.name])
// Once, before any process serves: two processes migrating at the same time would race.
// One-off commands run as workers: a server-mode process would open the realtime gateway's port.
const oneOff = { ...env, MEDUSA_WORKER_MODE: "worker" }
await mustRun("applying Medusa migrations", "npx", ["medusa", "db:migrate"], { cwd: medusaServer, env: oneOff })
if (process.argv.includes("--seed")) {
  // From the sources: the seed reads its pictures next to its code, which `medusa build` does not copy.
  await mustRun("seeding the shop if it is new", "npx", ["medusa", "exec", "./src/scripts/seed.ts"], { cwd: workspace("medusa-backend"), env: oneOff })
}
await mustRun("applying Payload migrations", "npx", ["payload", "migrate"], { cwd: workspace("cms") })

say(`starting ${apiProcesses} Medusa API process(es), 1 worker, storefront, CMS`)
start("worker", "npx", ["medusa", "start"], {
  cwd: medusaServer,
  extraEnv: { MEDUSA_WORKER_MODE: "worker", PORT: String(ports.worker), DISABLE_MEDUSA_ADMIN: "true" },
  colour: 34,
})
// Cluster children share PORT and REALTIME_PORT through the primary; sockets of any child get
// every event through the gateway's Redis adapter.
start("api", "npx", ["medusa", "start", "--cluster", String(apiProcesses), "--servers", String(apiProcesses)], {
  cwd: medusaServer,
  extraEnv: { MEDUSA_WORKER_MODE: "server", PORT: String(ports.api) },
  colour: 35,
})
start("storefront", "npx", ["next", "start", "-p", String(ports.storefront)], { cwd: workspace("storefront"), colour: 36 })
start("cms", "npx", ["next", "start", "-p", String(ports.cms)], { cwd: workspace("cms"), colour: 33 })

const checks = {
  "Medusa API": `http://127.0.0.1:${ports.api}/health`,
  "Medusa worker": `http://127.0.0.1:${ports.worker}/health`,
  "Medusa Admin": `http://127.0.0.1:${ports.api}/app`,
  storefront: `http://127.0.0.1:${ports.storefront}`,
  CMS: `http://127.0.0.1:${ports.cms}/admin`,
}
const pending = new Set(Object.keys(checks))
const deadline = Date.now() + 300_000
while (pending.size && !stopping) {
  for (const name of [...pending]) {
    const ok = await fetch(checks[name], { redirect: "manual" }).then((response) => response.status < 500, () => false)
    if (ok) {
      pending.delete(name)
      say(`${name} answers at ${checks[name]}`)
    }
  }
  if (!pending.size) break
  if (Date.now() > deadline) {
    console.error(`[start] not ready after 300 s: ${[...pending].join(", ")}`)
    await stop(1)
  }
  await new Promise((resolve) => setTimeout(resolve, 1000))
}

console.log(`
  Audio Tài Lộc (production) is up:
    Medusa API     ${backendUrl}/store/products   (${apiProcesses} process(es), worker on :${ports.worker})
    Medusa Admin   ${backendUrl}/app
    Realtime       socket.io on :${ports.realtime}
    Storefront     ${storefrontUrl}
    CMS (Payload)  ${cmsUrl}/admin
  Ctrl-C stops everything.
`)
