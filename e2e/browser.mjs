/**
 * The real Chromium the e2e specs drive: Debian's /usr/bin/chromium through playwright-core
 * (Playwright's own browser download is not available on our machines).
 */
import { chromium } from "playwright-core"

export const MEDUSA_URL = process.env.MEDUSA_URL || "http://localhost:9000"
export const CMS_URL = process.env.CMS_URL || "http://localhost:3000"
export const STOREFRONT_URL = process.env.STOREFRONT_URL || "http://localhost:8000"
export const ADMIN = {
  email: process.env.ADMIN_EMAIL || "admin@audiotailoc.vn",
  password: process.env.ADMIN_PASSWORD || "TaiLoc@2026",
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  })
}

/** Logs into Medusa Admin through its login form, as a member of staff would. */
export async function loginToAdmin(page) {
  await page.goto(`${MEDUSA_URL}/app/login`)
  await page.getByLabel(/email/i).or(page.locator('input[name="email"]')).first().fill(ADMIN.email)
  await page.locator('input[type="password"]').fill(ADMIN.password)
  await page.getByRole("button", { name: /continue with email/i }).click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })
}
