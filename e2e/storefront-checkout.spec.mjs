import assert from "node:assert/strict"
import { mkdirSync, readFileSync } from "node:fs"
import { after, before, test } from "node:test"
import { ADMIN, launchBrowser, MEDUSA_URL, STOREFRONT_URL } from "./browser.mjs"

/**
 * Buying on the storefront, desktop and a 390 × 844 phone: add to cart from a product page
 * (the header count moves at once), the drawer and the cart page (VAT included), a guest
 * checkout with cash on delivery to a TP. Hồ Chí Minh address (express offered) ending on the
 * confirmation with the order code, the order found through Medusa's Admin API, a second
 * checkout by bank transfer to Hà Nội ending on the VietQR code, and the guest lookup on
 * `/don-hang` from a fresh browser.
 */
const SHOTS = process.env.E2E_SCREENSHOT_DIR || "test-results"
mkdirSync(SHOTS, { recursive: true })

const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
]

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`

let browser

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

function publishableKey() {
  if (process.env.MEDUSA_PUBLISHABLE_KEY) return process.env.MEDUSA_PUBLISHABLE_KEY
  const env = readFileSync(new URL("../storefront/.env.local", import.meta.url), "utf8")
  return env.match(/NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY=(\S+)/)?.[1]
}

/** A product with stock in the shop's region, so "Thêm vào giỏ" is offered. */
async function productInStock() {
  const headers = { "x-publishable-api-key": publishableKey() }
  const { regions } = await fetch(`${MEDUSA_URL}/store/regions`, { headers }).then((response) => response.json())
  const fields = "handle,variants.id,variants.manage_inventory,variants.allow_backorder,variants.inventory_quantity"
  const { products } = await fetch(`${MEDUSA_URL}/store/products?limit=50&region_id=${regions[0].id}&fields=${fields}`, { headers }).then((response) => response.json())
  const product = products.find(
    (candidate) =>
      candidate.variants?.length === 1 &&
      candidate.variants.every((variant) => variant.manage_inventory === false || variant.allow_backorder || variant.inventory_quantity > 5)
  )
  assert.ok(product, "no product in stock to buy")
  return product.handle
}

async function adminToken() {
  const login = await fetch(`${MEDUSA_URL}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  }).then((response) => response.json())
  assert.ok(login.token, `admin login failed: ${JSON.stringify(login)}`)
  return login.token
}

/** A page that records console errors and failed page loads, so a test can assert there were none. */
async function openPage(device) {
  const context = await browser.newContext({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.hasTouch, locale: "vi-VN" })
  const page = await context.newPage()
  const problems = []
  page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`))
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`))
  return { context, page, problems }
}

const shot = (page, device, name) => page.screenshot({ path: `${SHOTS}/checkout-${device.name}-${name}.png`, fullPage: true })
const url = (path) => `${STOREFRONT_URL}${path}`
const cartCount = (page) => page.getByTestId("cart-count").first()

/** Adds the product from its page and measures how soon the header count moves. */
async function addToCart(page, handle) {
  await page.goto(url(`/san-pham/${handle}`))
  const before = Number(await cartCount(page).textContent())
  const button = page.getByRole("button", { name: "Thêm vào giỏ" })
  await button.waitFor()
  // Wait for hydration, so the click takes the optimistic path.
  await page.waitForFunction(() => document.readyState === "complete")
  await page.waitForTimeout(300)
  const clickedAt = Date.now()
  await button.click()
  await page.waitForFunction(
    ([expected]) => Number(document.querySelector('[data-testid="cart-count"]')?.textContent) >= expected,
    [before + 1],
    { timeout: 10_000 }
  )
  const moved = Date.now() - clickedAt
  // The server action's answer, then the count settles on the server's number.
  await page.getByText("Đã thêm vào giỏ hàng.").waitFor({ timeout: 30_000 })
  await page.waitForTimeout(500)
  assert.equal(Number(await cartCount(page).textContent()), before + 1)
  return moved
}

async function fillContact(page, { email, name, phone }) {
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Họ và tên").fill(name)
  await page.getByLabel("Số điện thoại").fill(phone)
  await page.getByRole("button", { name: "Tiếp tục" }).click()
}

async function fillAddress(page, { province, street }) {
  await page.waitForURL(/step=address/)
  await page.getByLabel("Tỉnh / thành phố").selectOption({ label: province })
  const ward = page.getByLabel("Phường / xã")
  await page.waitForFunction(() => document.querySelectorAll("#checkout-ward option").length > 2)
  const firstWard = await ward.locator("option").nth(1).getAttribute("value")
  await ward.selectOption(firstWard)
  await page.getByLabel("Số nhà, tên đường").fill(street)
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await page.waitForURL(/step=shipping/)
}

async function placeOrder(page) {
  await page.waitForURL(/step=review/)
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  await page.waitForURL(/\/don-hang\/order_/, { timeout: 60_000 })
  const code = (await page.getByTestId("order-code").textContent()).trim()
  assert.match(code, /^#\d+$/)
  return { id: page.url().split("/don-hang/")[1], displayId: Number(code.slice(1)) }
}

for (const device of VIEWPORTS) {
  test(`guest checkout with cash on delivery, then bank transfer with VietQR (${device.name})`, { timeout: 300_000 }, async () => {
    const handle = await productInStock()
    const { context, page, problems } = await openPage(device)
    const email = `khach-${device.name}-${run}@example.vn`
    try {
      const moved = await addToCart(page, handle)
      console.log(`${device.name}: the cart count moved ${moved} ms after the click`)
      await shot(page, device, "product-added")

      // The header's cart link opens the drawer (desktop; the phone uses the bottom bar's link).
      if (device.name === "desktop") {
        await page.getByRole("link", { name: /^Giỏ hàng, 1 sản phẩm/ }).click()
        const drawer = page.getByRole("dialog", { name: "Giỏ hàng" })
        await drawer.waitFor()
        await drawer.getByText("Đã bao gồm VAT (10%)").waitFor()
        await shot(page, device, "drawer")
        await drawer.getByRole("link", { name: "Xem giỏ hàng" }).click()
      } else {
        await page.goto(url("/gio-hang"))
      }
      await page.waitForURL(url("/gio-hang"))
      await page.getByRole("heading", { name: "Giỏ hàng", level: 1 }).waitFor()
      assert.equal(await page.locator("main").getByTestId("cart-line").count(), 1)
      const main = page.locator("main")
      await main.getByText("Đã bao gồm VAT (10%)").waitFor()
      await main.getByText(/Giao tiêu chuẩn toàn quốc/).waitFor()
      // An unknown promotion code is refused with a sentence.
      await page.getByLabel("Mã khuyến mãi").fill("KHONGCO")
      await page.getByRole("button", { name: "Áp dụng" }).click()
      await page.getByText("Mã khuyến mãi không hợp lệ hoặc đã hết hạn.").waitFor()
      await shot(page, device, "cart")

      // Guest checkout, cash on delivery, TP. Hồ Chí Minh: express is offered.
      await page.getByRole("link", { name: "Tiến hành thanh toán" }).click()
      await page.waitForURL(/\/thanh-toan/)
      await fillContact(page, { email, name: "Nguyễn Văn An", phone: "12345" })
      await page.getByText("Vui lòng nhập số điện thoại Việt Nam hợp lệ").waitFor()
      assert.equal(await page.getByLabel("E-mail").inputValue(), email, "what was typed stays after an error")
      await shot(page, device, "contact-error")
      await fillContact(page, { email, name: "Nguyễn Văn An", phone: "0901 234 567" })
      await fillAddress(page, { province: "Thành phố Hồ Chí Minh", street: "12 Lê Lợi" })
      await page.getByTestId("shipping-express").waitFor()
      await page.getByText("Nhận tại Showroom TP. Hồ Chí Minh").waitFor()
      await shot(page, device, "shipping-hcm")
      await page.getByTestId("shipping-standard").click()
      await page.getByRole("button", { name: "Tiếp tục" }).click()
      await page.waitForURL(/step=payment/)
      await page.getByTestId("payment-cod").click()
      await page.getByRole("button", { name: "Tiếp tục" }).click()
      await page.waitForURL(/step=review/)
      await shot(page, device, "review-cod")
      const cod = await placeOrder(page)
      await page.getByTestId("cod-instructions").waitFor()
      assert.equal(Number(await cartCount(page).textContent()), 0, "the cart empties once the order is placed")
      await shot(page, device, "confirmation-cod")

      // The order reached Medusa, with the province in the form its shipping zones match.
      const token = await adminToken()
      const { orders } = await fetch(`${MEDUSA_URL}/admin/orders?id=${cod.id}&fields=id,display_id,email,*shipping_address,*shipping_methods`, {
        headers: { authorization: `Bearer ${token}` },
      }).then((response) => response.json())
      assert.equal(orders.length, 1)
      assert.equal(orders[0].display_id, cod.displayId)
      assert.equal(orders[0].email, email)
      assert.equal(orders[0].shipping_address.province, "vn-sg")
      assert.equal(orders[0].shipping_address.city, "Thành phố Hồ Chí Minh")

      // Second order: bank transfer to Hà Nội (express offered there too), VietQR on the confirmation.
      await addToCart(page, handle)
      await page.goto(url("/thanh-toan"))
      await fillContact(page, { email, name: "Trần Thị Bình", phone: "+84 912 345 678" })
      await fillAddress(page, { province: "Thành phố Hà Nội", street: "86 Phố Huế" })
      await page.getByTestId("shipping-express").waitFor()
      await page.getByTestId("shipping-pickup").first().getByText(/86 Phố Huế|268 Đường 3 Tháng 2/).waitFor()
      await page.getByTestId("shipping-standard").click()
      await page.getByRole("button", { name: "Tiếp tục" }).click()
      await page.waitForURL(/step=payment/)
      await page.getByTestId("payment-bankTransfer").click()
      await page.getByRole("button", { name: "Tiếp tục" }).click()
      await page.waitForURL(/step=review/)
      await page.getByTestId("bank-transfer").getByText("0071000123456").waitFor()
      await shot(page, device, "review-bank")
      const bank = await placeOrder(page)
      const qr = page.getByTestId("vietqr")
      await qr.locator("svg").waitFor()
      const payload = await qr.getAttribute("data-payload")
      assert.match(payload, /^000201010212/, "a dynamic VietQR payload")
      assert.ok(payload.includes("A000000727"), "NAPAS's id")
      assert.ok(payload.includes(`DH${bank.displayId} AUDIO TAI LOC`), "the order code as the transfer note")
      assert.equal(await page.getByTestId("transfer-note").textContent(), `DH${bank.displayId} AUDIO TAI LOC`)
      await shot(page, device, "confirmation-bank")

      const { orders: bankOrders } = await fetch(`${MEDUSA_URL}/admin/orders?id=${bank.id}&fields=id,*shipping_address`, {
        headers: { authorization: `Bearer ${token}` },
      }).then((response) => response.json())
      assert.equal(bankOrders[0].shipping_address.province, "vn-hn")

      // A guest on another browser finds the order by its code and phone; a wrong phone is refused.
      const stranger = await openPage(device)
      try {
        await stranger.page.goto(url(`/don-hang/${bank.id}`))
        await stranger.page.getByRole("heading", { name: "Tra cứu đơn hàng" }).waitFor()
        await stranger.page.getByLabel("Mã đơn hàng").fill(String(bank.displayId))
        await stranger.page.getByLabel("E-mail hoặc số điện thoại").fill("0987 654 321")
        await stranger.page.getByRole("button", { name: "Tra cứu" }).click()
        await stranger.page.getByText("Không tìm thấy đơn hàng khớp").waitFor()
        await stranger.page.getByLabel("E-mail hoặc số điện thoại").fill("0912 345 678")
        await stranger.page.getByRole("button", { name: "Tra cứu" }).click()
        await stranger.page.waitForURL(url(`/don-hang/${bank.id}`))
        await stranger.page.getByTestId("vietqr").locator("svg").waitFor()
        await shot(stranger.page, device, "lookup-found")
        assert.deepEqual(stranger.problems, [])
      } finally {
        await stranger.context.close()
      }

      assert.deepEqual(problems, [])
    } finally {
      await context.close()
    }
  })
}
