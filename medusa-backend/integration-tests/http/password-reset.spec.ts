import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedShop, type SeedSummary } from "../../src/seed"
import { failure, loginAdmin, registerCustomer } from "../helpers/accounts"

jest.setTimeout(240_000)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
    })

    /** The reset e-mails stored for an address, newest first, as Admin's notification API lists them. */
    async function resetEmailsTo(email: string) {
      const admin = await loginAdmin(api, seeded)
      const { data } = await api.get(`/admin/notifications?to=${encodeURIComponent(email)}&fields=+data&order=-created_at`, admin)
      return data.notifications.filter((notification: any) => notification.template === "auth-password-reset")
    }

    /** The subscriber runs after the route answers: wait for its row. */
    async function waitForResetEmail(email: string) {
      for (let attempt = 0; attempt < 50; attempt++) {
        const [notification] = await resetEmailsTo(email)
        if (notification) return notification
        await sleep(100)
      }
      throw new Error(`no password reset e-mail to ${email}`)
    }

    it("e-mails a customer a reset link whose token sets a new password", async () => {
      const email = `quen.mat.khau.${Date.now()}@vi-du.vn`
      await registerCustomer(api, seeded.publishableKey, email, "Lan")

      const request = await api.post("/auth/customer/emailpass/reset-password", { identifier: email })
      expect(request.status).toBe(201)

      const notification = await waitForResetEmail(email)
      expect(notification.channel).toBe("email")
      expect(notification.data.subject).toBe("Đặt lại mật khẩu tài khoản Audio Tài Lộc")
      expect(notification.data.text).toContain("Chào Lan,")
      const link = new URL(notification.data.url)
      expect(link.pathname).toBe("/tai-khoan/dat-lai-mat-khau")
      expect(link.searchParams.get("email")).toBe(email)
      const token = link.searchParams.get("token")!
      expect(token).toBeTruthy()

      const update = await api.post("/auth/customer/emailpass/update", { email, password: "MatKhauMoi@456" }, { headers: { authorization: `Bearer ${token}` } })
      expect(update.data).toEqual({ success: true })

      const login = await api.post("/auth/customer/emailpass", { email, password: "MatKhauMoi@456" })
      expect(login.data.token).toBeTruthy()
      const oldPassword = await failure(api.post("/auth/customer/emailpass", { email, password: "MatKhau@123" }))
      expect(oldPassword.status).toBe(401)

      // The token works once.
      const replay = await failure(api.post("/auth/customer/emailpass/update", { email, password: "LanNua@789" }, { headers: { authorization: `Bearer ${token}` } }))
      expect(replay.status).toBe(401)
    })

    it("links to the English page when the storefront asks in English", async () => {
      const email = `forgot.${Date.now()}@vi-du.vn`
      await registerCustomer(api, seeded.publishableKey, email, "Mai")
      await api.post("/auth/customer/emailpass/reset-password", { identifier: email, metadata: { locale: "en" } })
      const notification = await waitForResetEmail(email)
      expect(notification.data.subject).toBe("Reset your Audio Tài Lộc password")
      expect(new URL(notification.data.url).pathname).toBe("/en/tai-khoan/dat-lai-mat-khau")
    })

    it("answers an unknown e-mail the same way and sends nothing", async () => {
      const email = `khong.co.ai.${Date.now()}@vi-du.vn`
      const request = await api.post("/auth/customer/emailpass/reset-password", { identifier: email })
      expect(request.status).toBe(201)
      await sleep(1500)
      expect(await resetEmailsTo(email)).toEqual([])
      const stored = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email })
      expect(stored).toEqual([])
    })

    it("sends staff to Medusa Admin's reset form", async () => {
      await api.post("/auth/user/emailpass/reset-password", { identifier: seeded.admin.email })
      const notification = await waitForResetEmail(seeded.admin.email)
      const link = new URL(notification.data.url)
      expect(link.pathname).toBe("/app/reset-password")
      expect(link.searchParams.get("token")).toBeTruthy()
    })
  },
})
