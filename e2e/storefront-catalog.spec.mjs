import assert from "node:assert/strict"
import { mkdir } from "node:fs/promises"
import { after, before, test } from "node:test"
import { launchBrowser, STOREFRONT_URL } from "./browser.mjs"

/**
 * The catalog as a shopper uses it, on a desktop and on a 390 × 844 phone: browse a category,
 * filter by brand and power (the URL says so, every filter shows its count), sort by price,
 * open a product, pick a variant (the URL keeps it), compare two products. No console error
 * on any page; a screenshot of each step in test-results/storefront-catalog/.
 */
const SHOTS = "test-results/storefront-catalog"
const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
]

let browser

before(async () => {
  browser = await launchBrowser()
  await mkdir(SHOTS, { recursive: true })
})

after(async () => {
  await browser?.close()
})

/** Whole đồng from "12.490.000 ₫" (or "Từ 3.990.000 ₫"). */
const dong = (text) => Number(text.replace(/\D/g, ""))

for (const { name, ...options } of VIEWPORTS) {
  test(`catalog on ${name}: filter, sort, product, variant, compare`, { timeout: 300_000 }, async () => {
    const context = await browser.newContext({ ...options, locale: "vi-VN" })
    const page = await context.newPage()
    const problems = []
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`${page.url()}: ${message.text()} ${message.location()?.url ?? ""}`.trim())
    })
    page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`))
    // `caret: "initial"`: hiding the caret restyles inputs, which React reports as a hydration mismatch when it lands mid-hydration.
    const shot = (step) => page.screenshot({ path: `${SHOTS}/${name}-${step}.png`, fullPage: step !== "product", caret: "initial" })

    /** On a phone the filters sit behind "Bộ lọc"; open them when they are closed. */
    async function openFilters() {
      const toggle = page.getByRole("button", { name: /^Bộ lọc/ })
      if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false") await toggle.click()
    }

    // A category, all its subcategories' products.
    await page.goto(`${STOREFRONT_URL}/danh-muc/loa`)
    await page.getByRole("heading", { level: 1, name: "Loa" }).waitFor()
    const total = dong(await page.getByTestId("result-count").innerText())
    assert.ok(total > 0, "the Loa category lists products")
    await shot("category")

    // Filter by brand: the URL says so, the brand shows its count, every card is that brand.
    await openFilters()
    const jbl = page.getByTestId("facet-brand-jbl")
    const jblCount = dong(await jbl.locator("text=/\\(\\d+\\)/").innerText())
    assert.ok(jblCount > 0 && jblCount <= total)
    await jbl.click()
    await page.waitForURL(/[?&]thuong-hieu=jbl(&|$)/)
    await page.getByTestId("facet-brand-jbl").and(page.locator('[aria-current="true"]')).waitFor()
    assert.equal(dong(await page.getByTestId("result-count").innerText()), jblCount)
    const brands = await page.locator(".product-card__brand").allInnerTexts()
    assert.ok(brands.length > 0 && brands.every((brand) => brand.trim().toUpperCase() === "JBL"), `only JBL cards, got ${brands}`)

    // Filter by RMS power as well: the band's count is the number of results.
    await openFilters()
    const band = page.locator('[data-testid^="facet-power-"]').first()
    const bandKey = (await band.getAttribute("data-testid")).replace("facet-power-", "")
    const bandCount = dong(await band.locator("text=/\\(\\d+\\)/").innerText())
    await band.click()
    await page.waitForURL(new RegExp(`[?&]cong-suat=${bandKey}(&|$)`))
    assert.match(page.url(), /thuong-hieu=jbl/)
    await page.getByTestId(`facet-power-${bandKey}`).and(page.locator('[aria-current="true"]')).waitFor()
    assert.equal(dong(await page.getByTestId("result-count").innerText()), bandCount)
    await shot("filtered")

    // Sort by price, lowest first, over the brand's whole range (not just the filtered page).
    await page.goto(`${STOREFRONT_URL}/danh-muc/loa?thuong-hieu=jbl`)
    await page.getByTestId("sort-gia-tang").click()
    await page.waitForURL(/sap-xep=gia-tang/)
    await page.getByTestId("sort-gia-tang").and(page.locator('[aria-current="true"]')).waitFor()
    const prices = (await page.locator("[data-testid=product-grid] .price__current").allInnerTexts()).map(dong)
    assert.ok(prices.length > 1)
    assert.deepEqual(prices, [...prices].sort((a, b) => a - b), `prices ascending: ${prices}`)
    await shot("sorted")

    // Open the first product from the listing.
    await page.locator("[data-testid=product-grid] .product-card__link").first().click()
    await page.waitForURL(/\/san-pham\//)
    await page.getByRole("heading", { level: 1 }).waitFor()

    // Pick a variant on a product with colours: the URL keeps it, the picker marks it.
    await page.goto(`${STOREFRONT_URL}/san-pham/jbl-charge-5`)
    const picker = page.getByTestId("variant-picker")
    const other = picker.locator("a:not([aria-current])").first()
    const colour = (await other.innerText()).trim()
    await other.click()
    await page.waitForURL(/[?&]v=variant_/)
    await picker.locator('a[aria-current="true"]', { hasText: colour }).waitFor()
    await page.getByTestId("showroom-stock").getByText(/showroom/i).first().waitFor()
    assert.ok(await page.getByRole("button", { name: "Thêm vào giỏ" }).or(page.getByText("Hết hàng")).first().isVisible())
    assert.equal(await page.getByTestId("book-installation").getAttribute("href").then((href) => href.includes("product=jbl-charge-5")), true)
    await shot("product")

    // Compare two products.
    await page.getByTestId("compare-toggle").first().click()
    await page.getByTestId("compare-bar").waitFor()
    await page.goto(`${STOREFRONT_URL}/san-pham/bose-soundlink-flex`)
    await page.locator('[data-testid="compare-toggle"][aria-pressed="false"]').first().click()
    await page.getByRole("link", { name: "Xem so sánh" }).click()
    await page.waitForURL(/\/so-sanh\?p=/)
    assert.match(decodeURIComponent(page.url()), /jbl-charge-5/)
    assert.match(decodeURIComponent(page.url()), /bose-soundlink-flex/)
    const table = page.getByTestId("compare-table")
    await table.waitFor()
    assert.equal(await table.locator("thead th").count(), 2)
    await table.getByRole("rowheader", { name: "Bảo hành" }).waitFor()
    await shot("compare")

    assert.deepEqual(problems, [], "no console errors")
    await context.close()
  })
}
