import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { launchBrowser, loginToAdmin, MEDUSA_URL } from "./browser.mjs"

let browser
let page

before(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
})

after(async () => {
  await browser?.close()
})

test("staff log in, open Bookings and find the seeded booking on the calendar", { timeout: 180_000 }, async () => {
  await loginToAdmin(page)

  // The seeded bookings are 3 to 14 days ahead: the list view shows the weeks they are in.
  const response = await page.request.get(`${MEDUSA_URL}/admin/bookings?limit=1`)
  assert.equal(response.status(), 200, "the admin session reaches the bookings API")
  const { bookings } = await response.json()
  assert.ok(bookings.length > 0, "the seed created at least one booking")
  const seeded = bookings[0]

  await page.goto(`${MEDUSA_URL}/app/bookings`)
  await page.getByRole("heading", { name: "Lịch hẹn dịch vụ" }).waitFor({ timeout: 60_000 })
  const calendarLoaded = () => page.getByRole("cell", { name: seeded.technician.name }).waitFor({ timeout: 30_000 })
  await calendarLoaded()
  // Move forward week by week until the seeded booking's chip shows up.
  for (let week = 0; week < 3; week++) {
    await page.waitForLoadState("networkidle")
    if (await page.locator(`[data-booking-id="${seeded.id}"]`).count()) break
    await page.getByRole("button", { name: "›" }).click()
    await calendarLoaded()
  }
  const chip = page.locator(`[data-booking-id="${seeded.id}"]`)
  await chip.waitFor({ timeout: 30_000 })
  assert.match(await chip.innerText(), new RegExp(seeded.service.name.slice(0, 12)))

  await chip.click()
  await page.getByRole("heading", { name: seeded.service.name }).waitFor()
  await page.screenshot({ path: process.env.E2E_SCREENSHOT || "test-results/booking-admin.png" })
})
