import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { ADMIN, CMS_URL, launchBrowser, STOREFRONT_URL } from "./browser.mjs"

let browser
let page

before(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
})

after(async () => {
  await browser?.close()
})

test("an editor writes and publishes a post in Payload, and the storefront shows it", { timeout: 240_000 }, async () => {
  const title = `Kiểm tra xuất bản ${Date.now()}`
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")

  await page.goto(`${CMS_URL}/admin/login`)
  await page.locator("#field-email").fill(ADMIN.email)
  await page.locator("#field-password").fill(ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })

  await page.goto(`${CMS_URL}/admin/collections/posts/create`)
  await page.locator("#field-title").fill(title)
  const text = "Bài viết tạo bởi kiểm thử trình duyệt: dàn karaoke gia đình."
  const editor = page.locator('[data-lexical-editor="true"]').first()
  await editor.click()
  await page.keyboard.type(text)
  await page.waitForFunction(
    (expected) => document.querySelector('[data-lexical-editor="true"]')?.textContent?.includes(expected),
    text
  )
  // Payload debounces the form state it saves; publishing before it settles saves a shorter text.
  await page.waitForTimeout(2000)
  // Payload's admin speaks Vietnamese ("Xuất bản tài liệu"); English if the editor chose it.
  await page.getByRole("button", { name: /xuất bản tài liệu|publish changes/i }).click()

  // Anonymous readers of Payload's API see the post only once it is published.
  let publicDocs = []
  for (let attempt = 0; attempt < 30 && !JSON.stringify(publicDocs).includes("gia đình"); attempt++) {
    await page.waitForTimeout(1000)
    const answer = await fetch(`${CMS_URL}/api/posts?where[slug][equals]=${slug}`)
    publicDocs = (await answer.json()).docs
  }
  assert.equal(publicDocs.length, 1, "the published post is public")
  assert.match(JSON.stringify(publicDocs[0].content), /dàn karaoke gia đình/, "the whole text was published")

  // The storefront renders the post from Payload's public API.
  let response
  for (let attempt = 0; attempt < 20; attempt++) {
    response = await page.goto(`${STOREFRONT_URL}/blog/${slug}`)
    if (response?.status() === 200) break
    await page.waitForTimeout(1000)
  }
  assert.equal(response?.status(), 200, `storefront page /blog/${slug} answers`)
  await page.getByRole("heading", { name: title }).waitFor()
  assert.match(await page.locator("article").innerText(), /dàn karaoke gia đình/)

  await page.goto(`${STOREFRONT_URL}/blog`)
  await page.getByRole("link", { name: title }).waitFor()
  await page.screenshot({ path: process.env.E2E_SCREENSHOT_CMS || "test-results/cms-publish.png" })
})
