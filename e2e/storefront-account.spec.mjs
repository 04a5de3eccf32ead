import assert from "node:assert/strict"
import { mkdirSync } from "node:fs"
import { after, before, test } from "node:test"
import { ADMIN, launchBrowser, MEDUSA_URL, STOREFRONT_URL } from "./browser.mjs"

/**
 * A customer's account on the storefront, desktop and a 390 × 844 phone: register, log out,
 * log in (a wrong password first), the order history, the profile, an address, and a
 * password reset through the e-mail the backend stores (read back with Admin's
 * `GET /admin/notifications`), then a login with the new password.
 */
const SHOTS = process.env.E2E_SCREENSHOT_DIR || "test-results"
mkdirSync(SHOTS, { recursive: true })

const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
]

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
const PASSWORD = "MatKhau@2026"
const NEW_PASSWORD = "MatKhauMoi@2026"

let browser

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

/** A page that records console errors and failed page loads, so a test can assert there were none. */
async function openPage(device) {
  const context = await browser.newContext({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.hasTouch, locale: "vi-VN" })
  const page = await context.newPage()
  const problems = []
  page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`))
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`))
  return { context, page, problems }
}

// caret: "initial": hiding the caret writes a style into inputs, which React reports as a hydration mismatch.
const shot = (page, device, name) => page.screenshot({ path: `${SHOTS}/account-${device.name}-${name}.png`, fullPage: true, caret: "initial" })
const url = (path) => `${STOREFRONT_URL}${path}`

async function register(page, { fullName, email, phone }) {
  await page.goto(url("/tai-khoan/dang-ky"))
  await page.getByLabel("Họ và tên").fill(fullName)
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel(/Số điện thoại/).fill(phone)
  await page.getByLabel("Mật khẩu", { exact: true }).fill(PASSWORD)
  await page.getByRole("button", { name: "Tạo tài khoản" }).click()
  await page.waitForURL(url("/tai-khoan"))
}

async function logIn(page, email, password) {
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
}

async function logOut(page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await page.waitForURL(url("/"))
}

/** The newest password-reset e-mail to an address, as the notification module stored it. */
async function resetLinkFor(email) {
  const login = await fetch(`${MEDUSA_URL}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  }).then((response) => response.json())
  assert.ok(login.token, `admin login failed: ${JSON.stringify(login)}`)
  for (let attempt = 0; attempt < 60; attempt++) {
    const response = await fetch(`${MEDUSA_URL}/admin/notifications?to=${encodeURIComponent(email)}&fields=+data&order=-created_at`, {
      headers: { authorization: `Bearer ${login.token}` },
    })
    assert.ok(response.ok, `GET /admin/notifications answered ${response.status}`)
    const { notifications } = await response.json()
    const reset = notifications.find((notification) => notification.template === "auth-password-reset")
    if (reset) {
      assert.equal(reset.data.subject, "Đặt lại mật khẩu tài khoản Audio Tài Lộc")
      // The backend writes links for its own STOREFRONT_URL; open it on the storefront under test.
      const link = new URL(reset.data.url)
      assert.equal(link.pathname, "/tai-khoan/dat-lai-mat-khau")
      return url(`${link.pathname}${link.search}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no password reset e-mail to ${email}`)
}

for (const device of VIEWPORTS) {
  test(`account on ${device.name}: register, log out, log in, orders, profile, address${device.name === "desktop" ? ", password reset" : ", address deleted"}`, { timeout: 300_000 }, async () => {
    const { context, page, problems } = await openPage(device)
    const email = `khach.${device.name}.${run}@vi-du.vn`
    try {
      await register(page, { fullName: "Nguyễn Văn Thử", email, phone: "0901 234 567" })
      await page.getByRole("heading", { level: 1, name: "Xin chào, Thử!" }).waitFor()

      const cookies = await context.cookies(STOREFRONT_URL)
      const auth = cookies.find((cookie) => cookie.name === "tl_auth_token")
      assert.ok(auth?.httpOnly, "the login lives in an httpOnly cookie")
      assert.ok(!(await page.evaluate(() => document.cookie)).includes("tl_auth_token"), "page scripts cannot read the login")
      await shot(page, device, "overview")

      await logOut(page)
      await page.goto(url("/tai-khoan/dia-chi"))
      await page.waitForURL(/\/tai-khoan\/dang-nhap\?next=%2Ftai-khoan%2Fdia-chi$/)

      // An open redirect in ?next= is ignored: the customer lands on their account.
      await page.goto(url("/tai-khoan/dang-nhap?next=//evil.example/"))
      await logIn(page, email, "SaiMatKhau@1")
      await page.getByRole("alert").filter({ hasText: "E-mail hoặc mật khẩu không đúng." }).waitFor()
      await shot(page, device, "login-failed")
      await logIn(page, email, PASSWORD)
      await page.waitForURL(url("/tai-khoan"))

      await page.getByRole("link", { name: "Đơn hàng", exact: true }).first().click()
      await page.waitForURL(url("/tai-khoan/don-hang"))
      await page.getByRole("heading", { level: 1, name: "Đơn hàng của tôi" }).waitFor()
      await page.getByText("Bạn chưa có đơn hàng nào.").waitFor()
      await shot(page, device, "orders")

      await page.goto(url("/tai-khoan/ho-so"))
      await page.getByLabel("Họ và tên").fill("Trần Thị Mới")
      await page.getByLabel("Số điện thoại").fill("0912345678")
      await page.getByRole("button", { name: "Lưu thay đổi" }).click()
      await page.getByRole("status").filter({ hasText: "Đã lưu thông tin của bạn." }).waitFor()
      await page.reload()
      assert.equal(await page.getByLabel("Họ và tên").inputValue(), "Trần Thị Mới")
      assert.equal(await page.getByLabel("Số điện thoại").inputValue(), "0912 345 678")
      await shot(page, device, "profile")

      await page.goto(url("/tai-khoan/dia-chi"))
      await page.getByText("Bạn chưa lưu địa chỉ nào.", { exact: false }).waitFor()
      await page.getByRole("link", { name: "Thêm địa chỉ mới" }).click()
      await page.waitForURL(url("/tai-khoan/dia-chi/them"))
      assert.equal(await page.getByLabel("Họ và tên").inputValue(), "Trần Thị Mới")
      await page.getByLabel("Tỉnh / Thành phố").selectOption("79")
      const ward = page.getByLabel("Phường / Xã / Đặc khu")
      await ward.locator("option", { hasText: "Phường Sài Gòn" }).waitFor({ state: "attached" })
      await ward.selectOption({ label: "Phường Sài Gòn" })
      await page.getByLabel("Số nhà, tên đường").fill("268 Đường 3 Tháng 2")
      await shot(page, device, "address-form")
      await page.getByRole("button", { name: "Lưu địa chỉ" }).click()
      await page.waitForURL(url("/tai-khoan/dia-chi"))
      const card = page.getByTestId("address-card")
      await card.getByText("268 Đường 3 Tháng 2, Phường Sài Gòn, Thành phố Hồ Chí Minh").waitFor()
      await card.getByText("Mặc định").waitFor()
      await shot(page, device, "addresses")

      // Edit: the form comes back with the saved province and ward.
      await card.getByRole("link", { name: /^Sửa địa chỉ/ }).click()
      await page.waitForURL(/\/tai-khoan\/dia-chi\/cuaddr_/)
      assert.equal(await page.getByLabel("Tỉnh / Thành phố").inputValue(), "79")
      await page.getByLabel("Phường / Xã / Đặc khu").locator("option", { hasText: "Phường Sài Gòn" }).waitFor({ state: "attached" })
      assert.equal(await page.getByLabel("Phường / Xã / Đặc khu").locator("option:checked").textContent(), "Phường Sài Gòn")
      await page.getByLabel("Số nhà, tên đường").fill("12 Nguyễn Huệ")
      await page.getByRole("button", { name: "Lưu địa chỉ" }).click()
      await page.waitForURL(url("/tai-khoan/dia-chi"))
      await card.getByText("12 Nguyễn Huệ, Phường Sài Gòn, Thành phố Hồ Chí Minh").waitFor()

      if (device.name === "phone") {
        await card.getByRole("button", { name: /^Xoá địa chỉ/ }).click()
        await page.getByText("Bạn chưa lưu địa chỉ nào.", { exact: false }).waitFor()
      }

      if (device.name === "desktop") {
        await logOut(page)
        await page.goto(url("/tai-khoan/quen-mat-khau"))
        await page.getByLabel("E-mail").fill(email)
        await page.getByRole("button", { name: "Gửi liên kết đặt lại" }).click()
        await page.getByRole("status").filter({ hasText: "chúng tôi vừa gửi liên kết" }).waitFor()
        await shot(page, device, "forgot-password")

        await page.goto(await resetLinkFor(email))
        await page.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD)
        await page.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD)
        await shot(page, device, "reset-password")
        await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click()
        await page.waitForURL(/\/tai-khoan\/dang-nhap\?reset=1$/)
        await page.getByText("Mật khẩu mới đã được lưu.", { exact: false }).waitFor()

        await logIn(page, email, NEW_PASSWORD)
        await page.waitForURL(url("/tai-khoan"))
        await page.getByRole("heading", { level: 1, name: "Xin chào, Mới!" }).waitFor()
      }

      assert.deepEqual(problems, [], "no console errors")
    } catch (error) {
      await shot(page, device, "failure").catch(() => {})
      throw error
    } finally {
      await context.close()
    }
  })
}
