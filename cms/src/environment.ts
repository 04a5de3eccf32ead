/**
 * The CMS's settings from the environment, with development defaults. Production refuses
 * the development secrets, which would let anyone forge an editor's session, a preview
 * token or a revalidation request.
 */
export const DEVELOPMENT_PAYLOAD_SECRET = "audio-tai-loc-dev-payload-secret"
export const DEVELOPMENT_REVALIDATE_SECRET = "audio-tai-loc-dev-revalidate-secret"
export const DEVELOPMENT_PREVIEW_SECRET = "audio-tai-loc-dev-preview-secret"

type Env = Record<string, string | undefined>

export function readCmsEnvironment(env: Env = process.env) {
  const secret = env.PAYLOAD_SECRET || DEVELOPMENT_PAYLOAD_SECRET
  const revalidateSecret = env.REVALIDATE_SECRET || DEVELOPMENT_REVALIDATE_SECRET
  const previewSecret = env.PREVIEW_SECRET || DEVELOPMENT_PREVIEW_SECRET
  const isProduction = env.NODE_ENV === "production"
  // `next build` runs with NODE_ENV=production but signs nothing, so only a running server is checked.
  const isBuilding = env.NEXT_PHASE === "phase-production-build"
  if (isProduction && !isBuilding) {
    const development = [
      secret === DEVELOPMENT_PAYLOAD_SECRET && "PAYLOAD_SECRET",
      revalidateSecret === DEVELOPMENT_REVALIDATE_SECRET && "REVALIDATE_SECRET",
      previewSecret === DEVELOPMENT_PREVIEW_SECRET && "PREVIEW_SECRET",
    ].filter(Boolean)
    if (development.length) {
      throw new Error(`${development.join(", ")} must be set to private values when NODE_ENV=production`)
    }
  }
  const s3 =
    env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
      ? {
          bucket: env.S3_BUCKET,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          region: env.S3_REGION || "us-east-1",
          endpoint: env.S3_ENDPOINT,
        }
      : undefined
  return {
    secret,
    revalidateSecret,
    previewSecret,
    databaseUrl: env.PAYLOAD_DATABASE_URL || "postgres://postgres:postgres@127.0.0.1:54320/medusa_cms",
    serverUrl: env.PAYLOAD_PUBLIC_SERVER_URL || "http://localhost:3000",
    storefrontUrl: env.STOREFRONT_URL || "http://localhost:8000",
    medusaUrl: env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    medusaPublishableKey: env.MEDUSA_PUBLISHABLE_KEY || env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY,
    s3,
  }
}

export const environment = readCmsEnvironment()
