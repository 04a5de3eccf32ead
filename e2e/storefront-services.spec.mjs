import assert from "node:assert/strict"
import { mkdirSync } from "node:fs"
import { after, before, test } from "node:test"
import { ADMIN, launchBrowser, MEDUSA_URL, STOREFRONT_URL } from "./browser.mjs"

/**
 * Services and chat on the storefront, desktop and a 390 × 844 phone:
 * - a guest opens the chat widget and writes; a staff reply posted through the Admin API
 *   (`POST /admin/support/conversations/:id/messages`) appears in the widget without a reload;
 *   after logging in, the conversation is still there (claimed from the guest);
 * - a visitor books the installation service from a product (address → day and time on the
 *   calendar → contact, with the product in the notes → confirm), is sent to log in and back,
 *   then cancels the booking from Account → Lịch hẹn.
 * No console errors on the way.
 */
const SHOTS = process.env.E2E_SCREENSHOT_DIR || "test-results"
mkdirSync(SHOTS, { recursive: true })

const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
]
const CUSTOMER = {
  email: process.env.DEMO_CUSTOMER_EMAIL || "khachhang@audiotailoc.vn",
  password: process.env.DEMO_CUSTOMER_PASSWORD || "KhachHang@2026",
}
const SERVICE = "lap-dat-dan-karaoke-gia-dinh"
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`

let browser
let adminToken

before(async () => {
  browser = await launchBrowser()
  const response = await fetch(`${MEDUSA_URL}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
  })
  assert.equal(response.status, 200, "admin login")
  adminToken = (await response.json()).token
})

after(async () => {
  await browser?.close()
})

async function openPage(device) {
  const context = await browser.newContext({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.hasTouch, locale: "vi-VN" })
  const page = await context.newPage()
  const problems = []
  page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`))
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`))
  return { context, page, problems }
}

const shot = (page, device, name) => page.screenshot({ path: `${SHOTS}/services-${device.name}-${name}.png`, fullPage: false, caret: "initial" })
const url = (path) => `${STOREFRONT_URL}${path}`

async function logIn(page) {
  await page.getByLabel("E-mail").fill(CUSTOMER.email)
  await page.getByLabel("Mật khẩu", { exact: true }).fill(CUSTOMER.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
}

for (const device of VIEWPORTS) {
  test(`${device.name}: a guest chats, a staff reply appears live, and the chat stays after logging in`, async () => {
    const { context, page, problems } = await openPage(device)
    try {
      await page.goto(url("/"))
      await page.getByTestId("chat-launcher").click()
      const panel = page.getByTestId("chat-panel")
      await panel.getByLabel("Họ tên").fill(`Khách thử ${run}`)
      await panel.getByLabel("Số điện thoại hoặc e-mail").fill("0903 123 456")
      const question = `Loa nào hợp phòng 20 m²? (${device.name} ${run})`
      await panel.getByLabel("Tin nhắn").fill(question)
      const started = page.waitForResponse((response) => response.url().endsWith("/api/chat/start") && response.status() === 201)
      await panel.getByRole("button", { name: "Bắt đầu chat" }).click()
      const { conversation } = await (await started).json()
      assert.match(conversation.id, /^[A-Za-z0-9_]+$/)
      await panel.getByTestId("chat-message").filter({ hasText: question }).waitFor()
      // Connected to the gateway before staff answer, so the reply can only arrive live.
      await panel.getByText("đã kết nối").waitFor({ timeout: 20_000 })

      const reply = `Dạ, shop gợi ý JBL Pasion 10 ạ (${run})`
      const posted = await fetch(`${MEDUSA_URL}/admin/support/conversations/${conversation.id}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ body: reply }),
      })
      assert.equal(posted.status, 200 <= posted.status && posted.status < 300 ? posted.status : 201, `staff reply: ${posted.status}`)
      const staffMessage = panel.locator('[data-testid="chat-message"][data-author="staff"]').filter({ hasText: reply })
      await staffMessage.waitFor({ timeout: 15_000 })
      assert.equal(await staffMessage.count(), 1, "the reply shows once")
      await shot(page, device, "chat-live-reply")

      // Log in: the guest's conversation becomes the customer's and is still in the widget.
      await page.goto(url("/tai-khoan/dang-nhap"))
      await logIn(page)
      await page.waitForURL((current) => !current.pathname.includes("dang-nhap"), { timeout: 30_000 })
      await page.goto(url("/"))
      await page.getByTestId("chat-launcher").click()
      await page.getByTestId("chat-panel").getByTestId("chat-message").filter({ hasText: reply }).waitFor({ timeout: 15_000 })
      await page.getByTestId("chat-panel").getByTestId("chat-message").filter({ hasText: question }).waitFor()
      await shot(page, device, "chat-after-login")
      assert.deepEqual(problems, [])
    } finally {
      await context.close()
    }
  })

  test(`${device.name}: book the installation from a product, log in on the way, then cancel from Lịch hẹn`, async () => {
    const { context, page, problems } = await openPage(device)
    try {
      const products = await (
        await fetch(`${MEDUSA_URL}/store/products?limit=1&fields=handle,title`, {
          headers: { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY || (await publishableKey()) },
        })
      ).json()
      const product = products.products[0]
      await page.goto(url(`/dich-vu/${SERVICE}/dat-lich?product=${product.handle}`))

      // Address: province → ward (2025 units) and the street.
      await page.locator("#field-province").selectOption("79")
      await page.waitForFunction(() => document.querySelectorAll("#field-ward option").length > 1)
      const ward = await page.locator("#field-ward option").nth(1).getAttribute("value")
      await page.locator("#field-ward").selectOption(ward)
      await page.getByLabel("Số nhà, tên đường").fill("268 Lý Thường Kiệt")
      await page.getByRole("button", { name: "Tiếp tục" }).click()

      // Time: the last day with free times (clear of the 24-hour rule), its first time.
      await page.waitForURL(/buoc=thoi-gian/)
      const days = page.locator('[data-testid="slot-days"] a[data-slots]:not([data-slots="0"])')
      assert.ok((await days.count()) > 0, "some day has free times")
      await days.last().click()
      const chosenDay = await days.last().getAttribute("data-date")
      await page.waitForURL(new RegExp(`ngay=${chosenDay}`))
      await page.getByTestId("slot-options").waitFor()
      await shot(page, device, "booking-calendar")
      await page.getByTestId("slot-next").click()

      // Contact: the product is already in the notes.
      await page.waitForURL(/buoc=lien-he/)
      assert.match(await page.getByTestId("booking-notes").inputValue(), new RegExp(product.title.replace(/[()]/g, ".")))
      await page.getByLabel("Số điện thoại").fill("0903 123 456")
      await page.getByRole("button", { name: "Tiếp tục" }).click()

      // Confirm needs a login: to the login page and back, with everything kept.
      await page.waitForURL(/buoc=xac-nhan/)
      await page.getByTestId("booking-login").getByRole("link", { name: "Đăng nhập" }).click()
      await page.waitForURL(/dang-nhap/)
      await logIn(page)
      await page.waitForURL(/buoc=xac-nhan/, { timeout: 60_000 })
      await page.getByTestId("booking-summary").waitFor()
      await shot(page, device, "booking-confirm")
      await page.getByTestId("confirm-booking").click()
      await page.waitForURL(/\/tai-khoan\/lich-hen\/bkg_/, { timeout: 30_000 })
      await page.getByTestId("booking-created").waitFor({ timeout: 60_000 })
      const bookingPath = new URL(page.url()).pathname

      // Lịch hẹn lists it; cancel is open (more than 24 hours ahead).
      await page.goto(url("/tai-khoan/lich-hen"))
      await page.locator(`a[href="${bookingPath}"]`).first().waitFor()
      await page.goto(url(bookingPath))
      const cancel = page.getByTestId("cancel-booking")
      assert.equal(await cancel.isEnabled(), true)
      await cancel.click()
      await page.waitForURL(/huy=1/, { timeout: 60_000 })
      assert.equal((await page.getByTestId("booking-status").textContent())?.trim(), "Đã hủy")
      await page.getByTestId("booking-history").waitFor()
      await shot(page, device, "booking-cancelled")
      assert.deepEqual(problems, [])
    } catch (error) {
      await shot(page, device, "booking-failure").catch(() => {})
      throw error
    } finally {
      await context.close()
    }
  })
}

/** The storefront's publishable key, from storefront/.env.local as the seed wrote it. */
async function publishableKey() {
  const { readFileSync } = await import("node:fs")
  const env = readFileSync(new URL("../storefront/.env.local", import.meta.url), "utf8")
  return env.match(/NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY=(\S+)/)?.[1] ?? ""
}
