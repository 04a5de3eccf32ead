import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { ADMIN, CMS_URL, launchBrowser } from "./browser.mjs"

let browser
let page
/** Every request that left for a host other than this machine. */
const external = []

before(async () => {
  browser = await launchBrowser()
  // An English browser: the admin must still speak Vietnamese until the user picks English.
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "en-US" })
  page.on("request", (request) => {
    const { protocol, hostname } = new URL(request.url())
    // data:, blob: and Chromium's own error pages never reach the network.
    if (!["http:", "https:", "ws:", "wss:"].includes(protocol)) return
    if (!["localhost", "127.0.0.1", "[::1]"].includes(hostname)) external.push(request.url())
  })
})

after(async () => {
  await browser?.close()
})

test("Payload's admin speaks Vietnamese and opening the new-post page creates nothing", { timeout: 240_000 }, async () => {
  await page.goto(`${CMS_URL}/admin/login`)
  await page.getByRole("button", { name: "Đăng nhập" }).waitFor({ timeout: 120_000 })
  await page.locator("#field-email").fill(ADMIN.email)
  await page.locator("#field-password").fill(ADMIN.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })

  const postCount = async () => {
    const response = await page.request.get(`${CMS_URL}/api/posts?draft=true&limit=1&depth=0`)
    return (await response.json()).totalDocs
  }
  const before = await postCount()
  for (let visit = 0; visit < 2; visit++) {
    await page.goto(`${CMS_URL}/admin/collections/posts/create`)
    await page.locator("#field-title").waitFor({ timeout: 120_000 })
  }
  await page.getByRole("button", { name: "Lưu bản nháp" }).waitFor()
  await page.getByRole("button", { name: "Xuất bản tài liệu" }).waitFor()
  await page.waitForTimeout(3000)
  assert.equal(page.url(), `${CMS_URL}/admin/collections/posts/create`, "no draft was created to redirect to")
  assert.equal(await postCount(), before, "opening the create page twice left no post behind")
})

test("no request left for a host other than this machine", () => {
  assert.deepEqual(external, [])
})
