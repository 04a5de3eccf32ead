import assert from "node:assert/strict"
import { test } from "node:test"
import { previewToken, sign, verify, verifyPreviewToken } from "../index.js"

const now = () => Math.floor(Date.now() / 1000)

test("a signed body verifies with the same secret only", () => {
  const body = JSON.stringify({ paths: ["/blog/a"] })
  const timestamp = now()
  const signature = sign(body, timestamp, "secret")
  assert.ok(verify(body, timestamp, signature, "secret"))
  assert.ok(!verify(body, timestamp, signature, "other"))
  assert.ok(!verify(`${body} `, timestamp, signature, "secret"), "a changed body fails")
  assert.ok(!verify(body, timestamp, "zz", "secret"), "garbage fails without throwing")
})

test("an old signature is refused, so a captured request cannot be replayed later", () => {
  const timestamp = now() - 3600
  assert.ok(!verify("{}", timestamp, sign("{}", timestamp, "secret"), "secret"))
})

test("a preview token opens exactly one document until it expires", () => {
  const token = previewToken("posts", "chon-loa", "secret")
  assert.ok(verifyPreviewToken(token, "posts", "chon-loa", "secret"))
  assert.ok(!verifyPreviewToken(token, "posts", "khac", "secret"))
  assert.ok(!verifyPreviewToken(token, "projects", "chon-loa", "secret"))
  assert.ok(!verifyPreviewToken(previewToken("posts", "chon-loa", "secret", -10), "posts", "chon-loa", "secret"))
  assert.ok(!verifyPreviewToken(undefined, "posts", "chon-loa", "secret"))
})
