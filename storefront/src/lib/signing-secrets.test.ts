/**
 * The storefront trusts the CMS's signatures only with private secrets in production.
 * Run by `npm test --workspace storefront` (node:test through tsx).
 */
import assert from "node:assert/strict"
import { describe, test } from "node:test"
import { sign } from "@tailoc/signed-requests"
import { DEVELOPMENT_PREVIEW_SECRET, DEVELOPMENT_REVALIDATE_SECRET, readSigningSecrets } from "./signing-secrets"

describe("signing secrets", () => {
  test("development falls back to the CMS's development secrets", () => {
    assert.deepEqual(readSigningSecrets({ NODE_ENV: "development" }), {
      revalidateSecret: DEVELOPMENT_REVALIDATE_SECRET,
      previewSecret: DEVELOPMENT_PREVIEW_SECRET,
    })
  })

  test("production refuses missing secrets and names them", () => {
    assert.throws(() => readSigningSecrets({ NODE_ENV: "production" }), /REVALIDATE_SECRET, PREVIEW_SECRET must be set/)
    assert.throws(() => readSigningSecrets({ NODE_ENV: "production", REVALIDATE_SECRET: "private-1" }), /^Error: PREVIEW_SECRET must be set/)
  })

  test("production refuses the development secrets even when set explicitly", () => {
    const env = { NODE_ENV: "production", REVALIDATE_SECRET: DEVELOPMENT_REVALIDATE_SECRET, PREVIEW_SECRET: DEVELOPMENT_PREVIEW_SECRET }
    assert.throws(() => readSigningSecrets(env), /REVALIDATE_SECRET, PREVIEW_SECRET must be set to the CMS's private values/)
  })

  test("production accepts private secrets, and `next build` is not checked", () => {
    const env = { NODE_ENV: "production", REVALIDATE_SECRET: "private-1", PREVIEW_SECRET: "private-2" }
    assert.deepEqual(readSigningSecrets(env), { revalidateSecret: "private-1", previewSecret: "private-2" })
    assert.doesNotThrow(() => readSigningSecrets({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }))
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
      await assert.rejects(POST(request as never), /REVALIDATE_SECRET, PREVIEW_SECRET must be set/)
    } finally {
      process.env = saved
    }
  })
})
