/** The storefront trusts the CMS's signatures only with private secrets in production. */
import { sign } from "@tailoc/signed-requests"
import { DEVELOPMENT_PREVIEW_SECRET, DEVELOPMENT_REVALIDATE_SECRET, readSigningSecrets } from "./signing-secrets"

describe("signing secrets", () => {
  test("development falls back to the CMS's development secrets", () => {
    expect(readSigningSecrets({ NODE_ENV: "development" })).toEqual({
      revalidateSecret: DEVELOPMENT_REVALIDATE_SECRET,
      previewSecret: DEVELOPMENT_PREVIEW_SECRET,
    })
  })

  test("production refuses missing secrets and names them", () => {
    expect(() => readSigningSecrets({ NODE_ENV: "production" })).toThrow(/REVALIDATE_SECRET, PREVIEW_SECRET must be set/)
    expect(() => readSigningSecrets({ NODE_ENV: "production", REVALIDATE_SECRET: "private-1" })).toThrow(/^PREVIEW_SECRET must be set/)
  })

  test("production refuses the development secrets even when set explicitly", () => {
    const env = { NODE_ENV: "production", REVALIDATE_SECRET: DEVELOPMENT_REVALIDATE_SECRET, PREVIEW_SECRET: DEVELOPMENT_PREVIEW_SECRET }
    expect(() => readSigningSecrets(env)).toThrow(/REVALIDATE_SECRET, PREVIEW_SECRET must be set to the CMS's private values/)
  })

  test("production accepts private secrets, and `next build` is not checked", () => {
    const env = { NODE_ENV: "production", REVALIDATE_SECRET: "private-1", PREVIEW_SECRET: "private-2" }
    expect(readSigningSecrets(env)).toEqual({ revalidateSecret: "private-1", previewSecret: "private-2" })
    expect(() => readSigningSecrets({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow()
  })

  test("a production server without secrets does not act on a request signed with the development secret", async () => {
    const saved = { ...process.env }
    Object.assign(process.env, { NODE_ENV: "production" })
    delete process.env.REVALIDATE_SECRET
    delete process.env.PREVIEW_SECRET
    try {
      const { POST } = await import("../app/api/revalidate/route")
      const body = JSON.stringify({ tags: [], paths: [] })
      const timestamp = Math.floor(Date.now() / 1000)
      const request = new Request("http://localhost:8000/api/revalidate", {
        method: "POST",
        body,
        headers: {
          "x-revalidate-timestamp": String(timestamp),
          "x-revalidate-signature": sign(body, timestamp, DEVELOPMENT_REVALIDATE_SECRET),
        },
      })
      await expect(POST(request as never)).rejects.toThrow(/REVALIDATE_SECRET, PREVIEW_SECRET must be set/)
    } finally {
      process.env = saved
    }
  })
})
