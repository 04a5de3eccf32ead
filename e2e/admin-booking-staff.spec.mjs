import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { launchBrowser, loginToAdmin, MEDUSA_URL } from "./browser.mjs"

/** Staff at a desk and a technician on a phone. */
const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } }
const localDate = (offsetDays) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)
const run = Date.now().toString(36)

let browser

before(async () => {
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
})

async function staffPage(viewport) {
  const page = await browser.newPage({ viewport })
  await loginToAdmin(page)
  return page
}

async function json(response, what) {
  assert.ok(response.ok(), `${what}: HTTP ${response.status()} ${await response.text()}`)
  return response.json()
}

test("staff add a technician with a night shift and a day off; availability follows both", { timeout: 240_000 }, async () => {
  const page = await staffPage(VIEWPORTS.phone)
  await page.goto(`${MEDUSA_URL}/app/technicians`)
  await page.getByRole("button", { name: "Thêm kỹ thuật viên" }).click()
  const technicianName = `Đêm Thử ${run}`
  await page.getByLabel("Họ và tên").fill(technicianName)
  await page.getByLabel("Số điện thoại").fill("0987 654 321")
  // The technician list behind the form shows the same skill tags: choose inside the form.
  const form = page.getByRole("dialog")
  for (const skill of ["Karaoke", "Cân chỉnh âm thanh"]) await form.getByText(skill, { exact: true }).click()
  await form.getByText("Cần Thơ", { exact: true }).click()
  // Every night 20:00 → 02:00.
  for (let weekday = 0; weekday < 7; weekday++) {
    await page.getByRole("button", { name: "+ Thêm ca" }).click()
    const row = page.getByTestId("shift-row").last()
    await row.getByRole("combobox", { name: "Ngày trong tuần" }).click()
    await page.getByRole("option").nth(weekday).click()
    await row.getByLabel("Bắt đầu").fill("20:00")
    await row.getByLabel("Kết thúc").fill("02:00")
    await row.getByText("qua đêm, hết ca sáng hôm sau").waitFor()
  }
  const saved = page.waitForResponse((response) => response.url().endsWith("/admin/technicians") && response.request().method() === "POST")
  await page.getByRole("button", { name: "Lưu" }).click()
  const { technician } = await json(await saved, "POST /admin/technicians")

  await page.locator(`[data-technician-id="${technician.id}"]`).click()
  await page.getByLabel("Từ").fill(`${localDate(4)}T00:00`)
  await page.getByLabel("Đến").fill(`${localDate(5)}T00:00`)
  await page.getByLabel("Lý do nghỉ").fill("Nghỉ phép")
  await page.getByRole("button", { name: "Thêm ngày nghỉ" }).click()
  await page.getByText("Đã thêm ngày nghỉ").first().waitFor()
  await page.screenshot({ path: "test-results/admin-booking-staff-technician-phone.png", fullPage: true })

  const services = await json(await page.request.get(`${MEDUSA_URL}/admin/booking-services`), "services")
  const tuning = services.booking_services.find((service) => service.handle === "can-chinh-am-thanh-chong-hu")
  const { slots } = await json(
    await page.request.get(`${MEDUSA_URL}/admin/booking-services/${tuning.id}/availability?from=${localDate(2)}&to=${localDate(5)}&province_code=vn-ct&technician_id=${technician.id}`),
    "availability"
  )
  const localStart = (slot) => new Date(Date.parse(slot.starts_at) + 7 * 3_600_000).toISOString()
  assert.ok(slots.some((slot) => localStart(slot).startsWith(`${localDate(2)}T23:30`)), "a slot late in the night shift")
  assert.ok(slots.some((slot) => localStart(slot).startsWith(`${localDate(3)}T00:30`)), "a slot after midnight, in the shift begun the evening before")
  assert.ok(!slots.some((slot) => localStart(slot).startsWith(localDate(4))), "nothing on the day off")
  await page.close()
})

test("a technician logs in on a phone and sees only their own jobs", { timeout: 240_000 }, async () => {
  const staff = await staffPage(VIEWPORTS.desktop)
  const email = `ktv.${run}@audiotailoc.vn`
  const password = "KyThuat@2026"
  // A new admin user through Medusa's invite, linked to a seeded technician and given the technician role.
  const { invite } = await json(await staff.request.post(`${MEDUSA_URL}/admin/invites`, { data: { email } }), "invite")
  // Accepting runs without the manager's session, as the invited person would.
  const invited = await browser.newContext()
  const registered = await json(await invited.request.post(`${MEDUSA_URL}/auth/user/emailpass/register`, { data: { email, password } }), "register")
  const { user } = await json(
    await invited.request.post(`${MEDUSA_URL}/admin/invites/accept?token=${invite.token}`, {
      data: { first_name: "Hùng", last_name: "Nguyễn Văn" },
      headers: { authorization: `Bearer ${registered.token}` },
    }),
    "accept invite"
  )
  await invited.close()
  const { bookings } = await json(await staff.request.get(`${MEDUSA_URL}/admin/bookings?status=confirmed&limit=50`), "bookings")
  const own = bookings[0]
  await json(await staff.request.post(`${MEDUSA_URL}/admin/technicians/${own.technician.id}`, { data: { user_id: user.id } }), "link user")
  await json(await staff.request.post(`${MEDUSA_URL}/admin/staff-roles/${user.id}`, { data: { role: "technician" } }), "grant role")
  await staff.close()

  const context = await browser.newContext({ viewport: VIEWPORTS.phone })
  const page = await context.newPage()
  await page.goto(`${MEDUSA_URL}/app/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[type="password"]').fill(password)
  await page.getByRole("button", { name: /continue with email/i }).click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })

  await page.goto(`${MEDUSA_URL}/app/my-jobs`)
  await page.getByRole("heading", { name: "Lịch của tôi" }).waitFor({ timeout: 60_000 })
  await page.waitForLoadState("networkidle")
  const shown = await page.locator("[data-booking-id]").evaluateAll((cards) => cards.map((card) => card.getAttribute("data-booking-id")))
  const others = bookings.filter((booking) => booking.technician.id !== own.technician.id).map((booking) => booking.id)
  assert.ok(!shown.some((id) => others.includes(id)), "no job of another technician is shown")
  const mine = await json(await page.request.get(`${MEDUSA_URL}/admin/my-jobs?from=${localDate(0)}&to=${localDate(20)}`), "my jobs")
  assert.ok(mine.bookings.every((booking) => booking.technician.id === own.technician.id))
  const refused = await page.request.get(`${MEDUSA_URL}/admin/bookings/${others[0] ?? own.id}`)
  assert.equal(refused.status(), 403, "the staff booking routes refuse a technician")
  await page.screenshot({ path: "test-results/admin-booking-staff-my-jobs-phone.png", fullPage: true })
  await context.close()
})
