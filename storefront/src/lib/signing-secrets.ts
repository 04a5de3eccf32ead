/**
 * The secrets the storefront checks the CMS's signatures with (revalidation requests and
 * preview links). Development uses the same published defaults as the CMS; production
 * refuses them, since anyone could then purge the shop's cache or open every draft.
 */
export const DEVELOPMENT_REVALIDATE_SECRET = "audio-tai-loc-dev-revalidate-secret"
export const DEVELOPMENT_PREVIEW_SECRET = "audio-tai-loc-dev-preview-secret"

export type SigningSecrets = { revalidateSecret: string; previewSecret: string }

type Env = Record<string, string | undefined>

export function readSigningSecrets(env: Env = process.env): SigningSecrets {
  const revalidateSecret = env.REVALIDATE_SECRET || DEVELOPMENT_REVALIDATE_SECRET
  const previewSecret = env.PREVIEW_SECRET || DEVELOPMENT_PREVIEW_SECRET
  // `next build` runs with NODE_ENV=production but verifies nothing, so only a running server is checked.
  if (env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build") {
    const missing = [
      revalidateSecret === DEVELOPMENT_REVALIDATE_SECRET && "REVALIDATE_SECRET",
      previewSecret === DEVELOPMENT_PREVIEW_SECRET && "PREVIEW_SECRET",
    ].filter(Boolean)
    if (missing.length) {
      throw new Error(
        `${missing.join(", ")} must be set to the CMS's private values when NODE_ENV=production (the development secrets are public)`
      )
    }
  }
  return { revalidateSecret, previewSecret }
}

let cached: SigningSecrets | undefined

/** The running server's secrets, read on first use (and at start, by instrumentation.ts). */
export function signingSecrets(): SigningSecrets {
  cached ??= readSigningSecrets()
  return cached
}
