/**
 * Every setting of the Medusa application, read from the environment once, with
 * development defaults. Production refuses the development secrets: a shop that
 * signs customer tokens with a published string has no authentication at all.
 */
export const DEVELOPMENT_JWT_SECRET = "audio-tai-loc-dev-jwt-secret"
export const DEVELOPMENT_COOKIE_SECRET = "audio-tai-loc-dev-cookie-secret"

const DEVELOPMENT_DATABASE_URL = "postgres://postgres:postgres@127.0.0.1:54320/medusa"

export type S3Settings = {
  fileUrl: string
  accessKeyId: string
  secretAccessKey: string
  region: string
  bucket: string
  endpoint?: string
}

export type ShopEnvironment = {
  isProduction: boolean
  databaseUrl: string
  redisUrl?: string
  jwtSecret: string
  cookieSecret: string
  storeCors: string
  adminCors: string
  authCors: string
  backendUrl: string
  /** The storefront's address, for links in e-mails (password reset). */
  storefrontUrl: string
  workerMode: "shared" | "worker" | "server"
  /** Port of the socket.io gateway (0 picks a free one, as the tests do). */
  realtimePort: number
  disableAdmin: boolean
  s3?: S3Settings
}

export class EnvironmentError extends Error {
  constructor(problems: string[]) {
    super(`Invalid environment:\n  - ${problems.join("\n  - ")}`)
    this.name = "EnvironmentError"
  }
}

type Env = Record<string, string | undefined>

const WORKER_MODES = ["shared", "worker", "server"] as const

function readS3(env: Env, problems: string[]): S3Settings | undefined {
  const names = ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FILE_URL"] as const
  const present = names.filter((name) => env[name])
  if (!present.length) {
    return undefined
  }
  const missing = names.filter((name) => !env[name])
  if (missing.length) {
    problems.push(`S3 storage is half configured: set ${missing.join(", ")} as well, or unset ${present.join(", ")}`)
    return undefined
  }
  return {
    bucket: env.S3_BUCKET!,
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    fileUrl: env.S3_FILE_URL!,
    region: env.S3_REGION || "us-east-1",
    endpoint: env.S3_ENDPOINT || undefined,
  }
}

export function readEnvironment(env: Env = process.env): ShopEnvironment {
  const problems: string[] = []
  const isProduction = env.NODE_ENV === "production"

  const jwtSecret = env.JWT_SECRET || DEVELOPMENT_JWT_SECRET
  const cookieSecret = env.COOKIE_SECRET || DEVELOPMENT_COOKIE_SECRET
  if (isProduction) {
    if (jwtSecret === DEVELOPMENT_JWT_SECRET) {
      problems.push("JWT_SECRET must be set to a private value when NODE_ENV=production (the development secret is public)")
    }
    if (cookieSecret === DEVELOPMENT_COOKIE_SECRET) {
      problems.push("COOKIE_SECRET must be set to a private value when NODE_ENV=production (the development secret is public)")
    }
    if (!env.DATABASE_URL) {
      problems.push("DATABASE_URL must be set when NODE_ENV=production")
    }
  }

  const workerMode = (env.MEDUSA_WORKER_MODE || "shared") as ShopEnvironment["workerMode"]
  if (!WORKER_MODES.includes(workerMode)) {
    problems.push(`MEDUSA_WORKER_MODE must be one of ${WORKER_MODES.join(", ")}, got "${env.MEDUSA_WORKER_MODE}"`)
  }

  const realtimePort = Number(env.REALTIME_PORT ?? 9001)
  if (!Number.isInteger(realtimePort) || realtimePort < 0 || realtimePort > 65535) {
    problems.push(`REALTIME_PORT must be a port number, got "${env.REALTIME_PORT}"`)
  }

  const s3 = readS3(env, problems)

  if (problems.length) {
    throw new EnvironmentError(problems)
  }

  const storefrontUrl = env.STOREFRONT_URL || "http://localhost:8000"
  return {
    isProduction,
    databaseUrl: env.DATABASE_URL || DEVELOPMENT_DATABASE_URL,
    redisUrl: env.REDIS_URL || undefined,
    jwtSecret,
    cookieSecret,
    storeCors: env.STORE_CORS || `${storefrontUrl},http://localhost:3000`,
    adminCors: env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
    authCors: env.AUTH_CORS || `${storefrontUrl},http://localhost:9000,http://localhost:5173`,
    backendUrl: env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    storefrontUrl,
    workerMode,
    realtimePort,
    disableAdmin: env.DISABLE_MEDUSA_ADMIN === "true",
    s3,
  }
}
