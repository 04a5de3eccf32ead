import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { after, before, test } from "node:test"
import { launchBrowser, loginToAdmin, MEDUSA_URL } from "./browser.mjs"

const publishableKey =
  process.env.MEDUSA_PUBLISHABLE_KEY ||
  readFileSync(new URL("../storefront/.env.local", import.meta.url), "utf8").match(/NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY=(.+)/)[1]

/** The storefront's side, through the real store API: a customer account and its requests. */
async function storeRequest(path, { token, body } = {}) {
  const response = await fetch(`${MEDUSA_URL}${path}`, {
    method: body ? "POST" : "GET",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey, ...(token && { authorization: `Bearer ${token}` }) },
    body: body && JSON.stringify(body),
  })
  assert.ok(response.ok, `${path} answered ${response.status}: ${await response.clone().text()}`)
  return response.json()
}

async function customerToken() {
  const email = `khach.e2e.${Date.now()}@example.vn`
  const password = "MatKhau@123"
  const registration = await fetch(`${MEDUSA_URL}/auth/customer/emailpass/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  }).then((response) => response.json())
  await storeRequest("/store/customers", { token: registration.token, body: { email, first_name: "Khách", last_name: "Thử" } })
  const login = await fetch(`${MEDUSA_URL}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  }).then((response) => response.json())
  return login.token
}

let browser
let page

before(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
})

after(async () => {
  await browser?.close()
})

test("a customer's message appears in the admin inbox without a reload", { timeout: 180_000 }, async () => {
  const token = await customerToken()
  const { conversation } = await storeRequest("/store/support/conversations", {
    token,
    body: { kind: "ticket", subject: `Hỏi về amply ${Date.now()}`, body: "Amply này kéo được loa 8 Ω không?" },
  })

  await loginToAdmin(page)
  await page.goto(`${MEDUSA_URL}/app/support`)
  const row = page.locator(`[data-conversation-id="${conversation.id}"]`)
  await row.waitFor({ timeout: 60_000 })
  await row.click()
  await page.getByText("Amply này kéo được loa 8 Ω không?").waitFor()
  await page.getByText("trực tuyến").waitFor({ timeout: 30_000 })

  const live = `Em gửi thêm ảnh mặt sau amply ${Date.now()}`
  const navigations = []
  page.on("framenavigated", (frame) => frame === page.mainFrame() && navigations.push(frame.url()))
  await storeRequest(`/store/support/conversations/${conversation.id}/messages`, { token, body: { body: live } })
  await page.getByText(live).waitFor({ timeout: 15_000 })
  assert.deepEqual(navigations, [], "the message arrived without the page reloading")
  await page.screenshot({ path: process.env.E2E_SCREENSHOT_SUPPORT || "test-results/support-inbox.png" })
})
