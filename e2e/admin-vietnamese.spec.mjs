import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { ADMIN, CMS_URL, launchBrowser, loginToAdmin, MEDUSA_URL } from "./browser.mjs"

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

test("staff edit a product's power and impedance in Medusa Admin and the store's filter finds it", { timeout: 240_000 }, async () => {
  await loginToAdmin(page)
  const api = async (path, init) => {
    const response = init ? await page.request.post(`${MEDUSA_URL}${path}`, { data: init }) : await page.request.get(`${MEDUSA_URL}${path}`)
    assert.ok(response.ok(), `${path} answered ${response.status()}`)
    return response.json()
  }
  const {
    products: [product],
  } = await api("/admin/products?limit=1&order=created_at&fields=id,handle")
  const { product_specification: original } = await api(`/admin/products/${product.id}/specification`)
  const {
    api_keys: [publishable],
  } = await api("/admin/api-keys?type=publishable&limit=1")
  // Figures no seeded product has, so the filter can only find this one through the edit.
  const filtered = async () => {
    const response = await fetch(`${MEDUSA_URL}/store/product-specifications?impedance_ohm=16&power_rms_w_min=4321&limit=100`, {
      headers: { "x-publishable-api-key": publishable.token },
    })
    return (await response.json()).product_specifications.map((specification) => specification.product.handle)
  }
  assert.ok(!(await filtered()).includes(product.handle))

  try {
    await page.goto(`${MEDUSA_URL}/app/products/${product.id}`)
    await page.getByRole("heading", { name: "Thông số kỹ thuật" }).first().waitFor({ timeout: 60_000 })
    await page.getByRole("button", { name: /^(Sửa|Thêm thông số)$/ }).click()

    // The form refuses what the server would refuse, in Vietnamese, before sending anything.
    await page.getByLabel("Công suất RMS (W)").fill("-5")
    await page.getByRole("button", { name: "Lưu", exact: true }).click()
    await page.getByText("Công suất RMS phải là số nguyên từ 1 đến 100.000 W.").waitFor()

    await page.getByLabel("Công suất RMS (W)").fill("4321")
    await page.getByLabel("Trở kháng (Ω)").fill("16")
    await page.getByRole("button", { name: "Lưu", exact: true }).click()
    await page.getByText("Đã lưu thông số kỹ thuật").waitFor({ timeout: 30_000 })
    await page.locator('[data-spec="power_rms_w"]', { hasText: "4.321 W" }).waitFor()
    await page.locator('[data-spec="impedance_ohm"]', { hasText: "16 Ω" }).waitFor()

    assert.ok((await filtered()).includes(product.handle), "the store's specification filter finds the edited product")
  } finally {
    // Leave the shop's data as it was for the next run.
    if (original) {
      const { id: _id, product_id: _product, created_at: _c, updated_at: _u, deleted_at: _d, ...figures } = original
      await api(`/admin/products/${product.id}/specification`, figures)
    }
  }
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
