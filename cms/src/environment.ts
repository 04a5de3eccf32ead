/**
 * The CMS's settings from the environment, with development defaults. Production refuses
 * the development secret, which would let anyone forge an editor's session.
 */
export const DEVELOPMENT_PAYLOAD_SECRET = "audio-tai-loc-dev-payload-secret"

export function readCmsEnvironment(env: Record<string, string | undefined> = process.env) {
  const secret = env.PAYLOAD_SECRET || DEVELOPMENT_PAYLOAD_SECRET
  const isProduction = env.NODE_ENV === "production"
  // `next build` runs with NODE_ENV=production but signs nothing, so only a running server is checked.
  const isBuilding = env.NEXT_PHASE === "phase-production-build"
  if (isProduction && !isBuilding && secret === DEVELOPMENT_PAYLOAD_SECRET) {
    throw new Error("PAYLOAD_SECRET must be set to a private value when NODE_ENV=production")
  }
  return {
    secret,
    databaseUrl: env.PAYLOAD_DATABASE_URL || "postgres://postgres:postgres@127.0.0.1:54320/medusa_cms",
    serverUrl: env.PAYLOAD_PUBLIC_SERVER_URL || "http://localhost:3000",
  }
}
