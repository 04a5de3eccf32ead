import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedShop, type SeedSummary } from "../../src/seed"
import { failure, loginAdmin, registerCustomer, type RequestConfig } from "../helpers/accounts"

jest.setTimeout(240_000)

const DAY = 86_400_000
/** The shop's local date `offsetDays` from today (Vietnam is UTC+7 all year). */
const localDate = (offsetDays: number) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * DAY).toISOString().slice(0, 10)
const localClock = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(11, 16)
const localDay = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10)
const ADDRESS = { address_1: "88 Đường 30/4, Phường Xuân Khánh", city: "Cần Thơ" }
/** 20:00 to 02:00 the next morning, every day of the week. */
const NIGHT_SHIFTS = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start_minute: 20 * 60, end_minute: 26 * 60 }))

const withLanguage = (config: RequestConfig, language: string): RequestConfig => ({
  headers: { ...config.headers, "accept-language": language },
})

medusaIntegrationTestRunner({
  // The runner restores the database to its snapshot before every test: a describe whose tests
  // share setup makes it in beforeAll and snapshots it.
  testSuite: ({ api, getContainer, dbUtils }) => {
    let seeded: SeedSummary
    let store: RequestConfig
    let admin: RequestConfig
    let tuning: { id: string; name: string }
    let nightOwl: { id: string; name: string; working_hours: unknown[] }
    let technicianUser: { id: string; headers: RequestConfig["headers"] }

    /** An admin user invited and accepted through Medusa's own routes, logged in. */
    async function inviteStaff(email: string, firstName: string, lastName: string) {
      const password = "NhanVien@2026"
      const { data: invited } = await api.post("/admin/invites", { email }, admin)
      const { data: registration } = await api.post("/auth/user/emailpass/register", { email, password })
      const { data: accepted } = await api.post(
        `/admin/invites/accept?token=${invited.invite.token}`,
        { first_name: firstName, last_name: lastName },
        { headers: { authorization: `Bearer ${registration.token}` } }
      )
      const { data: login } = await api.post("/auth/user/emailpass", { email, password })
      return { id: accepted.user.id as string, headers: { authorization: `Bearer ${login.token}` } }
    }

    async function addNightOwl() {
      const { data } = await api.post(
        "/admin/technicians",
        { name: "Phạm Văn Đêm", phone: "0987 654 321", skills: ["karaoke", "tuning"], service_provinces: ["vn-ct"], working_hours: NIGHT_SHIFTS },
        admin
      )
      return data.technician
    }

    async function adminSlots(serviceId: string, from: string, to: string, province = "vn-ct") {
      const { data } = await api.get(`/admin/booking-services/${serviceId}/availability?from=${from}&to=${to}&province_code=${province}`, admin)
      return data.slots as { starts_at: string; technician_ids: string[] }[]
    }

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      admin = await loginAdmin(api, seeded)
      const { data } = await api.get("/admin/booking-services", admin)
      tuning = data.booking_services.find((service: any) => service.handle === "can-chinh-am-thanh-chong-hu")
    })

    describe("bookings by phone", () => {
      it("books for a customer found by e-mail, and the booking is in their account", async () => {
        const an = await registerCustomer(api, seeded.publishableKey, "an.phone@example.vn", "An")
        const { data: found } = await api.get(`/admin/customers?q=${encodeURIComponent("an.phone@example.vn")}`, admin)
        expect(found.customers.map((customer: any) => customer.id)).toEqual([an.customerId])

        const [slot] = await adminSlots(tuning.id, localDate(3), localDate(8), "vn-sg")
        const { data: created } = await api.post(
          "/admin/bookings",
          {
            customer_id: an.customerId,
            service_id: tuning.id,
            starts_at: slot.starts_at,
            address: { address_1: "12 Nguyễn Văn Linh", ward: "Phường Tân Phong", city: "TP. Hồ Chí Minh" },
            province_code: "vn-sg",
            contact_phone: "0903 123 456",
            notes: "Khách gọi điện, dàn hú khi mở to",
            status: "confirmed",
          },
          admin
        )
        expect(created.booking).toMatchObject({ status: "confirmed", customer_id: an.customerId, contact_phone: "0903123456" })

        const { data: mine } = await api.get("/store/bookings", an)
        expect(mine.bookings.map((booking: any) => booking.id)).toContain(created.booking.id)
      })

      it("creates a caller who has no customer record yet and books for them", async () => {
        const { data: customer } = await api.post(
          "/admin/customers",
          { first_name: "Bình", last_name: "Trần Thị", phone: "0912345678", email: "binh.phone@example.vn" },
          admin
        )
        const [slot] = await adminSlots(tuning.id, localDate(3), localDate(8), "vn-sg")
        const { data: created } = await api.post(
          "/admin/bookings",
          { customer_id: customer.customer.id, service_id: tuning.id, starts_at: slot.starts_at, address: ADDRESS, province_code: "vn-sg", contact_phone: "+84 912 345 678" },
          admin
        )
        const { data: theirs } = await api.get(`/admin/bookings?customer_id=${customer.customer.id}`, admin)
        expect(theirs.bookings).toEqual([
          expect.objectContaining({
            id: created.booking.id,
            customer: expect.objectContaining({ first_name: "Bình", last_name: "Trần Thị", phone: "0912345678" }),
          }),
        ])
      })

      it("refuses an unknown customer, a foreign phone number and an impossible time, in Vietnamese with local times", async () => {
        const [slot] = await adminSlots(tuning.id, localDate(3), localDate(8), "vn-sg")
        const booking = { service_id: tuning.id, starts_at: slot.starts_at, address: ADDRESS, province_code: "vn-sg" }
        const vietnamese = withLanguage(admin, "vi")

        const unknown = await failure(api.post("/admin/bookings", { ...booking, customer_id: "cus_khong_co" }, vietnamese))
        expect(unknown).toMatchObject({ status: 404, message: expect.stringMatching(/Không tìm thấy khách hàng/) })

        const phone = await failure(api.post("/admin/bookings", { ...booking, contact_phone: "+1 415 555 0100" }, vietnamese))
        expect(phone).toMatchObject({ status: 400, message: expect.stringMatching(/số điện thoại Việt Nam/) })

        const atThree = `${localDate(4)}T03:00:00+07:00`
        const offHours = await failure(api.post("/admin/bookings", { ...booking, starts_at: atThree }, vietnamese))
        expect(offHours.status).toBe(400)
        expect(offHours.message).toContain("03:00")
        expect(offHours.message).toMatch(/không phải giờ đặt được/)
        expect(offHours.message).not.toMatch(/T\d\d:|Z\b|UTC/)
      })

      it("answers a refused move in Vietnamese with the shop's local time", async () => {
        const { data: list } = await api.get("/admin/bookings?status=confirmed", admin)
        const booking = list.bookings.find((candidate: any) => Date.parse(candidate.starts_at) > Date.now() + DAY)
        const refused = await failure(
          api.post(`/admin/bookings/${booking.id}/reassign`, { technician_id: booking.technician.id, starts_at: `${localDate(5)}T03:00:00+07:00` }, withLanguage(admin, "vi"))
        )
        expect(refused.status).toBe(400)
        expect(refused.message).toMatch(/^03:00 .*không phải giờ đặt được/)
      })
    })

    describe("technicians", () => {
      it("adds a technician with night shifts and a day off, and the store's availability follows both", async () => {
        nightOwl = await addNightOwl()
        expect(nightOwl.working_hours).toHaveLength(7)
        const dayOff = localDate(4)
        await api.post(
          `/admin/technicians/${nightOwl.id}/time-off`,
          { starts_at: `${dayOff}T00:00:00+07:00`, ends_at: `${localDate(5)}T00:00:00+07:00`, reason: "Nghỉ phép" },
          admin
        )

        const { data: availability } = await api.get(
          `/store/booking-services/${tuning.id}/availability?from=${localDate(2)}&to=${localDate(5)}&province_code=vn-ct`,
          store
        )
        const startsOn = (day: string) => availability.slots.filter((slot: any) => localDay(slot.starts_at) === day).map((slot: any) => localClock(slot.starts_at))
        // 90 minutes inside the shift: 00:00 and 00:30 end the previous night's shift, then 20:00 to 23:30.
        expect(startsOn(localDate(2))).toEqual(["00:00", "00:30", "20:00", "20:30", "21:00", "21:30", "22:00", "22:30", "23:00", "23:30"])
        // Before the day off begins at midnight, with the 30-minute buffer after the job kept clear: until 22:00.
        expect(startsOn(localDate(3))).toEqual(["00:00", "00:30", "20:00", "20:30", "21:00", "21:30", "22:00"])
        expect(startsOn(dayOff)).toEqual([])
        // The night that starts on the day off is free again after midnight, once the job's buffer before fits.
        expect(startsOn(localDate(5))).toEqual(["00:30", "20:00", "20:30", "21:00", "21:30", "22:00", "22:30", "23:00", "23:30"])
      })

      it("refuses unknown skills, provinces, phones and users with 400s and 404s that say what is wrong", async () => {
        const vietnamese = withLanguage(admin, "vi")
        const create = (body: Record<string, unknown>) => failure(api.post("/admin/technicians", { name: "Thử", ...body }, vietnamese))
        expect(await create({ skills: ["welding"] })).toMatchObject({ status: 400, message: expect.stringMatching(/skills/) })
        expect(await create({ service_provinces: ["vn-zz"] })).toMatchObject({ status: 400, message: expect.stringMatching(/service_provinces/) })
        expect(await create({ phone: "12345" })).toMatchObject({ status: 400, message: expect.stringMatching(/số điện thoại Việt Nam/) })
        expect(await create({ name: "  " })).toMatchObject({ status: 400 })
        expect(await create({ user_id: "user_khong_co" })).toMatchObject({ status: 404, message: expect.stringMatching(/tài khoản/) })
        expect(await create({ working_hours: [{ weekday: 7, start_minute: 0, end_minute: 60 }] })).toMatchObject({ status: 400 })

        expect((await failure(api.post("/admin/technicians/tech_khong_co", { name: "X" }, vietnamese))).status).toBe(404)
        expect((await failure(api.get("/admin/technicians/tech_khong_co", vietnamese))).status).toBe(404)
        expect(await failure(api.delete("/admin/technicians/tech_khong_co", vietnamese))).toMatchObject({ status: 404, message: expect.stringMatching(/Không tìm thấy kỹ thuật viên/) })
        expect((await failure(api.post("/admin/technicians/tech_khong_co", { skills: "karaoke" }, vietnamese))).status).toBe(400)
      })
    })

    describe("the technician role", () => {
      let ownJob: { id: string }
      let othersJob: { id: string }

      beforeAll(async () => {
        await dbUtils.restore()
        nightOwl = await addNightOwl()
        technicianUser = await inviteStaff("dem.ktv@audiotailoc.vn", "Đêm", "Phạm Văn")
        await api.post(`/admin/technicians/${nightOwl.id}`, { user_id: technicianUser.id }, admin)
        const { data: granted } = await api.post(`/admin/staff-roles/${technicianUser.id}`, { role: "technician" }, admin)
        expect(granted.user).toMatchObject({ id: technicianUser.id, role: "technician" })

        const slot = (await adminSlots(tuning.id, localDate(2), localDate(2))).find((candidate) => localClock(candidate.starts_at) === "21:00")!
        const { data: own } = await api.post(
          "/admin/bookings",
          { service_id: tuning.id, starts_at: slot.starts_at, technician_id: nightOwl.id, address: ADDRESS, province_code: "vn-ct", contact_name: "Lê Văn Tám", contact_phone: "0939 111 222", status: "confirmed" },
          admin
        )
        ownJob = own.booking
        const { data: all } = await api.get("/admin/bookings", admin)
        othersJob = all.bookings.find((booking: any) => booking.technician.id !== nightOwl.id)
        // The deactivation tests below start from here too: a night technician with one job.
        await dbUtils.snapshot()
      })

      it("shows a technician only their own jobs, and who they are", async () => {
        const { data: me } = await api.get("/admin/staff-roles/me", technicianUser)
        expect(me).toMatchObject({ role: "technician", technician: { id: nightOwl.id } })
        const { data } = await api.get("/admin/my-jobs", technicianUser)
        expect(data.bookings.map((booking: any) => booking.id)).toEqual([ownJob.id])
        expect(data.bookings[0]).toMatchObject({ contact_name: "Lê Văn Tám", address: ADDRESS })
      })

      it("lets a technician start and complete their own job with a note, through the booking's history", async () => {
        await api.post(`/admin/my-jobs/${ownJob.id}/status`, { status: "in_progress" }, technicianUser)
        const { data } = await api.post(`/admin/my-jobs/${ownJob.id}/status`, { status: "completed", note: "Đã chống hú, thay dây micro" }, technicianUser)
        expect(data.booking.status).toBe("completed")
        const { data: detail } = await api.get(`/admin/bookings/${ownJob.id}`, admin)
        expect(detail.booking.history.at(-1)).toMatchObject({
          action: "status_changed",
          actor_type: "user",
          actor_id: technicianUser.id,
          to_status: "completed",
          changes: { note: "Đã chống hú, thay dây micro" },
        })
      })

      it("refuses a technician other people's jobs and the staff-only routes with 403s", async () => {
        const vietnamese = withLanguage({ headers: technicianUser.headers }, "vi")
        const others = await failure(api.post(`/admin/my-jobs/${othersJob.id}/status`, { status: "in_progress" }, vietnamese))
        expect(others).toMatchObject({ status: 403, message: expect.stringMatching(/không được giao cho bạn/) })
        const { data: unchanged } = await api.get(`/admin/bookings/${othersJob.id}`, admin)
        expect(unchanged.booking.status).toBe("confirmed")

        const refused = [
          api.get("/admin/bookings", vietnamese),
          api.get(`/admin/bookings/${othersJob.id}`, vietnamese),
          api.post("/admin/bookings", {}, vietnamese),
          api.post(`/admin/bookings/${othersJob.id}/reassign`, { technician_id: nightOwl.id }, vietnamese),
          api.post(`/admin/bookings/${othersJob.id}/status`, { status: "cancelled" }, vietnamese),
          api.post(`/admin/technicians/${nightOwl.id}`, { name: "Tự đổi tên" }, vietnamese),
          api.post("/admin/technicians", { name: "Người mới" }, vietnamese),
          api.delete(`/admin/technicians/${nightOwl.id}`, vietnamese),
          api.post(`/admin/booking-services/${tuning.id}`, { price: 1 }, vietnamese),
          api.get("/admin/staff-roles", vietnamese),
          api.post(`/admin/staff-roles/${technicianUser.id}`, { role: "manager" }, vietnamese),
          api.post(`/admin/users/${technicianUser.id}`, { metadata: { role: "manager" } }, vietnamese),
          api.post("/admin/invites", { email: "ban.than@example.vn" }, vietnamese),
        ]
        for (const request of refused) {
          expect(await failure(request)).toMatchObject({ status: 403, message: expect.stringMatching(/quyền|quản lý/) })
        }
        const { data: me } = await api.get("/admin/staff-roles/me", technicianUser)
        expect(me.role).toBe("technician")
        // Their own profile, without metadata, stays theirs to edit.
        const { data: profile } = await api.post(`/admin/users/${technicianUser.id}`, { first_name: "Đêm" }, technicianUser)
        expect(profile.user.first_name).toBe("Đêm")
      })

      it("answers bad input on the new routes with 400s and 404s", async () => {
        expect((await failure(api.post(`/admin/my-jobs/${ownJob.id}/status`, { status: "cancelled" }, technicianUser))).status).toBe(400)
        expect((await failure(api.post(`/admin/my-jobs/${ownJob.id}/status`, { status: "completed", extra: 1 }, technicianUser))).status).toBe(400)
        expect((await failure(api.post("/admin/my-jobs/bkg_khong_co/status", { status: "in_progress" }, technicianUser))).status).toBe(404)
        expect((await failure(api.get("/admin/my-jobs?from=2026-13-45", technicianUser))).status).toBe(400)
        expect((await failure(api.get(`/admin/my-jobs?from=${localDate(5)}&to=${localDate(1)}`, technicianUser))).status).toBe(400)
        // The manager is linked to no technician: "Lịch của tôi" says so instead of an empty page.
        expect(await failure(api.get("/admin/my-jobs", withLanguage(admin, "vi")))).toMatchObject({ status: 404, message: expect.stringMatching(/chưa được liên kết/) })

        expect((await failure(api.post(`/admin/staff-roles/${technicianUser.id}`, { role: "owner" }, admin))).status).toBe(400)
        expect((await failure(api.post("/admin/staff-roles/user_khong_co", { role: "staff" }, admin))).status).toBe(404)
        const { data: me } = await api.get("/admin/staff-roles/me", admin)
        expect(me.role).toBe("manager")
        expect((await failure(api.post(`/admin/staff-roles/${me.user_id}`, { role: "staff" }, admin))).status).toBe(400)
        const linkedTwice = await failure(api.post("/admin/technicians", { name: "Trùng tài khoản", user_id: technicianUser.id }, withLanguage(admin, "vi")))
        expect(linkedTwice).toMatchObject({ status: 400, message: expect.stringMatching(/đã liên kết với kỹ thuật viên Phạm Văn Đêm/) })
      })

      it("lets a staff member plan bookings but not grant roles", async () => {
        const clerk = await inviteStaff("le.tan@audiotailoc.vn", "Lễ", "Tân")
        await api.post(`/admin/staff-roles/${clerk.id}`, { role: "staff" }, admin)
        const { data } = await api.get("/admin/bookings", clerk)
        expect(data.bookings.length).toBeGreaterThan(0)
        expect((await failure(api.post(`/admin/staff-roles/${technicianUser.id}`, { role: "staff" }, clerk))).status).toBe(403)
      })
    })

    describe("deactivating instead of deleting", () => {
      it("refuses to delete a technician with bookings, suggests deactivating, and deactivation closes their slots", async () => {
        const refused = await failure(api.delete(`/admin/technicians/${nightOwl.id}`, withLanguage(admin, "vi")))
        expect(refused).toMatchObject({ status: 400, message: expect.stringMatching(/Không thể xoá Phạm Văn Đêm.*Tạm nghỉ/) })
        const { data: still } = await api.get(`/admin/technicians/${nightOwl.id}`, admin)
        expect(still.technician).toMatchObject({ is_active: true, working_hours: expect.any(Array) })

        await api.post(`/admin/technicians/${nightOwl.id}`, { is_active: false }, admin)
        const { data: after } = await api.get(
          `/store/booking-services/${tuning.id}/availability?from=${localDate(2)}&to=${localDate(6)}&province_code=vn-ct`,
          store
        )
        expect(after.slots).toEqual([])
        // Their jobs still name them.
        const { data: jobs } = await api.get(`/admin/bookings?technician_id=${nightOwl.id}`, admin)
        expect(jobs.bookings[0].technician).toMatchObject({ id: nightOwl.id, name: "Phạm Văn Đêm" })
      })

      it("still deletes a technician who never had a booking", async () => {
        const { data } = await api.post("/admin/technicians", { name: "Nhập nhầm" }, admin)
        const { data: deleted } = await api.delete(`/admin/technicians/${data.technician.id}`, admin)
        expect(deleted).toMatchObject({ id: data.technician.id, deleted: true })
      })
    })
  },
})
