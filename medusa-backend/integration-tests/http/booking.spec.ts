import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sendBookingReminders from "@tailoc/medusa-plugin-booking/jobs/send-booking-reminders"
import { seedShop, type SeedSummary } from "../../src/seed"
import { bookingServices } from "../../src/seed/data/booking"
import { failure, loginAdmin, registerCustomer, type RequestConfig } from "../helpers/accounts"

jest.setTimeout(240_000)
// This suite books many slots for two customers; the cap on live bookings (3 by default)
// has its own tests in booking-abuse.spec.ts.
process.env.BOOKING_MAX_LIVE_BOOKINGS_PER_CUSTOMER = "50"

const DAY = 86_400_000
const localDate = (offsetDays: number) =>
  new Date(Date.now() + 7 * 3_600_000 + offsetDays * DAY).toISOString().slice(0, 10)
const ADDRESS = { address_1: "45 Lê Văn Sỹ, Phường 13, Quận 3", city: "TP. Hồ Chí Minh" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let store: RequestConfig
    let alice: RequestConfig & { customerId: string }
    let bob: RequestConfig & { customerId: string }
    let admin: RequestConfig
    let tuning: { id: string }
    let repair: { id: string }
    let hung: { id: string }

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      alice = await registerCustomer(api, seeded.publishableKey, "alice@example.vn", "Alice")
      bob = await registerCustomer(api, seeded.publishableKey, "bob@example.vn", "Bob")
      admin = await loginAdmin(api, seeded)
      const { data } = await api.get("/store/booking-services", store)
      tuning = data.booking_services.find((service: any) => service.handle === "can-chinh-am-thanh-chong-hu")
      repair = data.booking_services.find((service: any) => service.handle === "sua-chua-amply-tai-showroom")
      const { data: staff } = await api.get("/admin/technicians", admin)
      hung = staff.technicians.find((technician: any) => technician.name === "Nguyễn Văn Hùng")
      // Customers pick a technician in these tests, which a service must allow.
      await api.post(`/admin/booking-services/${tuning.id}`, { customer_may_choose_technician: true }, admin)
    })

    /** Free slots of the tuning service in TP. Hồ Chí Minh from day 3 to day 10. */
    async function openSlots(technicianId?: string) {
      const query = new URLSearchParams({ from: localDate(3), to: localDate(10), province_code: "vn-sg" })
      if (technicianId) query.set("technician_id", technicianId)
      const { data } = await api.get(`/store/booking-services/${tuning.id}/availability?${query}`, store)
      return data.slots as { starts_at: string; ends_at: string; available_technicians: number }[]
    }

    async function book(customer: RequestConfig, startsAt: string, extra: Record<string, unknown> = {}) {
      const { data } = await api.post(
        "/store/bookings",
        { service_id: tuning.id, starts_at: startsAt, address: ADDRESS, province_code: "vn-sg", ...extra },
        customer
      )
      return data.booking
    }

    describe("services and availability", () => {
      it("lists the seeded services with VND prices", async () => {
        const { data } = await api.get("/store/booking-services", store)
        const terms = (service: any) => ({
          name: service.name,
          duration_minutes: service.duration_minutes,
          price: service.price,
          currency_code: service.currency_code,
          deposit_amount: service.deposit_amount,
          requires_address: service.requires_address,
        })
        const listed = Object.fromEntries(data.booking_services.map((service: any) => [service.handle, terms(service)]))
        const seededTerms = Object.fromEntries(
          bookingServices.map((service) => [
            service.handle,
            terms({ ...service, currency_code: "vnd", deposit_amount: "deposit_amount" in service ? service.deposit_amount : null }),
          ])
        )
        expect(listed).toMatchObject(seededTerms)
      })

      it("offers slots in the shop's time zone without naming technicians", async () => {
        const { data } = await api.get(
          `/store/booking-services/${tuning.id}/availability?from=${localDate(3)}&to=${localDate(9)}&province_code=vn-sg`,
          store
        )
        expect(data.time_zone).toBe("Asia/Ho_Chi_Minh")
        expect(data.slots.length).toBeGreaterThan(10)
        expect(data.slots[0]).toEqual({ starts_at: expect.any(String), ends_at: expect.any(String), available_technicians: expect.any(Number) })
        expect(Date.parse(data.slots[0].ends_at) - Date.parse(data.slots[0].starts_at)).toBe(90 * 60_000)
      })

      it("offers no on-site slot in a province no technician serves", async () => {
        const { data } = await api.get(
          `/store/booking-services/${tuning.id}/availability?from=${localDate(3)}&to=${localDate(9)}&province_code=vn-ct`,
          store
        )
        expect(data.slots).toEqual([])
      })

      it("answers malformed or reversed dates with a 400 that says what is wrong", async () => {
        const malformed = await failure(api.get(`/store/booking-services/${tuning.id}/availability?from=07/12/2026&to=${localDate(3)}`, store))
        expect(malformed).toMatchObject({ status: 400, message: expect.stringMatching(/from must be a date/) })
        const reversed = await failure(api.get(`/store/booking-services/${tuning.id}/availability?from=${localDate(5)}&to=${localDate(3)}`, store))
        expect(reversed).toMatchObject({ status: 400, message: expect.stringMatching(/must not be before/) })
        const impossible = await failure(api.get(`/store/booking-services/${tuning.id}/availability?from=2026-02-30&to=2026-03-01`, store))
        expect(impossible).toMatchObject({ status: 400, message: expect.stringMatching(/not a real calendar date/) })
        const unknown = await failure(api.get(`/store/booking-services/bsvc_missing/availability?from=${localDate(3)}&to=${localDate(4)}`, store))
        expect(unknown.status).toBe(404)
      })
    })

    describe("booking as a customer", () => {
      it("books an open slot, then hides that slot's technician from the next customer", async () => {
        const [slot] = await openSlots(hung.id)
        const booking = await book(alice, slot.starts_at, { technician_id: hung.id, notes: "Phòng 25 m², dàn JBL" })
        expect(booking).toMatchObject({ status: "requested", starts_at: slot.starts_at, technician: { id: hung.id }, time_zone: "Asia/Ho_Chi_Minh" })

        const after = await openSlots(hung.id)
        expect(after.map((candidate) => candidate.starts_at)).not.toContain(slot.starts_at)
        const taken = await failure(book(bob, slot.starts_at, { technician_id: hung.id }))
        expect(taken).toMatchObject({ status: 409, message: expect.stringMatching(/đã có người đặt/) })
      })

      it("requires a logged-in customer", async () => {
        const [slot] = await openSlots()
        expect((await failure(book(store, slot.starts_at))).status).toBe(401)
      })

      it("rejects bad requests with a clear 4xx and saves nothing", async () => {
        const [slot] = await openSlots()
        const cases: [Record<string, unknown>, number, RegExp][] = [
          [{ service_id: "bsvc_does_not_exist" }, 404, /không tồn tại/],
          [{ starts_at: new Date(Date.now() - DAY).toISOString() }, 400, /ít nhất 120 phút/],
          [{ starts_at: `${localDate(4)}T03:00:00+07:00` }, 400, /ngoài giờ làm việc/],
          [{ starts_at: "next tuesday" }, 400, /starts_at must be an ISO 8601 date-time/],
          [{ address: undefined }, 400, /nhập địa chỉ/],
          [{ province_code: "Saigon" }, 400, /province_code must be/],
          [{ starts_at: slot.starts_at, technician_id: "tech_unknown" }, 400, /không phải giờ đặt được/],
        ]
        for (const [override, status, message] of cases) {
          const result = await failure(book(alice, slot.starts_at, override))
          expect({ override, ...result }).toMatchObject({ override, status, message: expect.stringMatching(message) })
        }
        const { data } = await api.get("/store/bookings", alice)
        expect(data.bookings.every((booking: any) => booking.starts_at !== slot.starts_at)).toBe(true)
      })

      it("lets a customer reschedule and cancel their own booking, recording who did what", async () => {
        const slots = await openSlots(hung.id)
        const booking = await book(alice, slots[0].starts_at, { technician_id: hung.id })
        const target = slots.find((slot) => Date.parse(slot.starts_at) >= Date.parse(slots[0].starts_at) + 4 * 3_600_000)!

        const { data: moved } = await api.post(`/store/bookings/${booking.id}/reschedule`, { starts_at: target.starts_at }, alice)
        expect(moved.booking).toMatchObject({ starts_at: target.starts_at, technician: { id: hung.id } })
        // The old time is free again, the new one is held.
        const after = (await openSlots(hung.id)).map((slot) => slot.starts_at)
        expect(after).toContain(slots[0].starts_at)
        expect(after).not.toContain(target.starts_at)

        const { data: cancelled } = await api.post(`/store/bookings/${booking.id}/cancel`, { reason: "Đổi lịch công tác" }, alice)
        expect(cancelled.booking).toMatchObject({ status: "cancelled", cancellation_reason: "Đổi lịch công tác" })
        expect((await openSlots(hung.id)).map((slot) => slot.starts_at)).toContain(target.starts_at)

        const { data: detail } = await api.get(`/admin/bookings/${booking.id}`, admin)
        expect(detail.booking.history.map((entry: any) => [entry.action, entry.actor_type, entry.actor_id])).toEqual([
          ["created", "customer", alice.customerId],
          ["rescheduled", "customer", alice.customerId],
          ["cancelled", "customer", alice.customerId],
        ])
      })

      it("refuses online changes inside the 24-hour window, while staff may still cancel", async () => {
        const bookingService = getContainer().resolve("booking") as any
        const service = await bookingService.retrieveServiceOffering(tuning.id)
        const startsAt = new Date(Math.ceil((Date.now() + 5 * 3_600_000) / 1_800_000) * 1_800_000)
        const [soon] = await bookingService.scheduleBookings([
          { service_id: tuning.id, technician_id: hung.id, customer_id: alice.customerId, status: "confirmed", ...bookingService.bookingTimes(service, startsAt) },
        ])
        const refused = await failure(api.post(`/store/bookings/${soon.id}/cancel`, {}, alice))
        expect(refused).toMatchObject({ status: 400, message: expect.stringMatching(/chưa đầy 24 giờ.*gọi cửa hàng/) })

        const { data } = await api.post(`/admin/bookings/${soon.id}/cancel`, { reason: "Khách gọi điện huỷ" }, admin)
        expect(data.booking.status).toBe("cancelled")
      })
    })

    describe("one customer's bookings are invisible to another", () => {
      it("answers 404 to every read or change of someone else's booking, and lists only one's own", async () => {
        const [slot] = await openSlots()
        const alices = await book(alice, slot.starts_at)
        const later = (await openSlots()).find((candidate) => Date.parse(candidate.starts_at) > Date.parse(slot.starts_at) + 6 * 3_600_000)!

        expect((await failure(api.get(`/store/bookings/${alices.id}`, bob))).status).toBe(404)
        expect((await failure(api.post(`/store/bookings/${alices.id}/reschedule`, { starts_at: later.starts_at }, bob))).status).toBe(404)
        expect((await failure(api.post(`/store/bookings/${alices.id}/cancel`, {}, bob))).status).toBe(404)

        const { data: bobs } = await api.get("/store/bookings", bob)
        expect(bobs.bookings.map((booking: any) => booking.id)).not.toContain(alices.id)
        const { data: still } = await api.get(`/store/bookings/${alices.id}`, alice)
        expect(still.booking).toMatchObject({ status: "requested", starts_at: slot.starts_at })
      })
    })

    describe("no double booking", () => {
      it("gives one booking and 409s when 50 customers race for the same technician and slot", async () => {
        const [slot] = await openSlots(hung.id)
        const attempts = await Promise.allSettled(
          Array.from({ length: 50 }, (_, index) => book(index % 2 ? bob : alice, slot.starts_at, { technician_id: hung.id }))
        )
        const created = attempts.filter((attempt) => attempt.status === "fulfilled")
        const refusals = attempts
          .filter((attempt): attempt is PromiseRejectedResult => attempt.status === "rejected")
          .map((attempt) => `${attempt.reason.response?.status} ${attempt.reason.response?.data?.code}`)
        expect(created).toHaveLength(1)
        expect(refusals).toEqual(Array(49).fill("409 slot_unavailable"))

        const { data } = await api.get(`/admin/bookings?technician_id=${hung.id}&status=requested&limit=500`, admin)
        expect(data.bookings.filter((booking: any) => booking.starts_at === slot.starts_at)).toHaveLength(1)
      })

      it("is enforced by PostgreSQL itself when the application check is bypassed", async () => {
        const bookingService = getContainer().resolve("booking") as any
        const service = await bookingService.retrieveServiceOffering(tuning.id)
        const start = Date.parse(`${localDate(12)}T09:00:00+07:00`)
        // Overlapping times, each inserted directly, all at once.
        const results = await Promise.allSettled(
          Array.from({ length: 20 }, (_, index) =>
            bookingService.scheduleBookings([
              { service_id: tuning.id, technician_id: hung.id, contact_name: `Race ${index}`, ...bookingService.bookingTimes(service, new Date(start + index * 5 * 60_000)) },
            ])
          )
        )
        expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1)
        for (const result of results.filter((candidate): candidate is PromiseRejectedResult => candidate.status === "rejected")) {
          expect(result.reason).toMatchObject({ type: "conflict" })
        }
      })
    })

    describe("notifications", () => {
      async function notificationTemplates(bookingId: string, expected: number) {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        for (let attempt = 0; attempt < 50; attempt++) {
          const found = await notifications.listNotifications({ resource_id: bookingId })
          if (found.length >= expected) return found.map((notification) => notification.template).sort()
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        return (await notifications.listNotifications({ resource_id: bookingId })).map((notification) => notification.template).sort()
      }

      it("e-mails the customer when a booking is requested, confirmed, moved and cancelled", async () => {
        const slots = await openSlots(hung.id)
        const booking = await book(alice, slots[0].starts_at, { technician_id: hung.id })
        await api.post(`/admin/bookings/${booking.id}/status`, { status: "confirmed" }, admin)
        await api.post(`/admin/bookings/${booking.id}/reschedule`, { starts_at: slots[slots.length - 1].starts_at }, admin)
        await api.post(`/admin/bookings/${booking.id}/cancel`, { reason: "Khách đổi ý" }, admin)

        expect(await notificationTemplates(booking.id, 4)).toEqual([
          "booking-cancelled",
          "booking-changed",
          "booking-confirmed",
          "booking-requested",
        ])
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const [cancelled] = await notifications.listNotifications({ resource_id: booking.id, template: "booking-cancelled" })
        expect(cancelled).toMatchObject({ to: "alice@example.vn", channel: "email" })
        expect(cancelled.data).toMatchObject({ service: "Cân chỉnh âm thanh, chống hú karaoke", cancellation_reason: "Khách đổi ý", time_zone: "Asia/Ho_Chi_Minh" })
      })

      it("sends each 24-hour reminder once, even when four workers run the job at the same moment", async () => {
        const bookingService = getContainer().resolve("booking") as any
        const service = await bookingService.retrieveServiceOffering(tuning.id)
        const halfHour = 1_800_000
        const at = (hours: number) => new Date(Math.ceil((Date.now() + hours * 3_600_000) / halfHour) * halfHour)
        const schedule = (hours: number, status: string) =>
          bookingService.scheduleBookings([
            { service_id: tuning.id, technician_id: hung.id, customer_id: alice.customerId, status, ...bookingService.bookingTimes(service, at(hours)) },
          ])
        const due = [...(await schedule(4, "confirmed")), ...(await schedule(9, "confirmed")), ...(await schedule(14, "confirmed"))]
        const [unconfirmed] = await schedule(19, "requested")
        const [later] = await schedule(30, "confirmed")

        const runs = await Promise.all([1, 2, 3, 4].map(() => sendBookingReminders(getContainer())))
        const claimed = runs.flat()
        expect(new Set(claimed).size).toBe(claimed.length)

        for (const booking of due) {
          expect(await notificationTemplates(booking.id, 1)).toEqual(["booking-reminder"])
        }
        for (const booking of [unconfirmed, later]) {
          expect(await notificationTemplates(booking.id, 0)).toEqual([])
        }
        expect(await sendBookingReminders(getContainer())).toEqual([])
      })
    })

    describe("paying through a cart", () => {
      it("confirms and links the customer's booking when their order is placed, and ignores anyone else's", async () => {
        const slots = await openSlots()
        const alices = await book(alice, slots[0].starts_at)
        const bobs = await book(bob, slots[slots.length - 1].starts_at)
        const { createOrderWorkflow } = await import("@medusajs/medusa/core-flows")
        const { data: regions } = await api.get("/store/regions", store)
        const { result: order } = await createOrderWorkflow(getContainer()).run({
          input: {
            region_id: regions.regions[0].id,
            customer_id: alice.customerId,
            email: "alice@example.vn",
            currency_code: "vnd",
            items: [
              { title: "Đặt cọc: Cân chỉnh âm thanh", quantity: 1, unit_price: 300_000, metadata: { booking_id: alices.id } },
              { title: "Đặt cọc hộ người khác", quantity: 1, unit_price: 300_000, metadata: { booking_id: bobs.id } },
            ],
          } as any,
        })
        await (getContainer().resolve("event_bus") as any).emit({ name: "order.placed", data: { id: order.id } })

        let detail: any
        for (let attempt = 0; attempt < 50; attempt++) {
          detail = (await api.get(`/admin/bookings/${alices.id}`, admin)).data.booking
          if (detail.order_id) break
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        expect(detail).toMatchObject({ order_id: order.id, status: "confirmed" })
        expect(detail.history.at(-1)).toMatchObject({ action: "attached_to_order", actor_type: "system", changes: { order_id: order.id } })
        const { data: untouched } = await api.get(`/admin/bookings/${bobs.id}`, admin)
        expect(untouched.booking).toMatchObject({ order_id: null, status: "requested" })
        const { data: ofOrder } = await api.get(`/admin/bookings?order_id=${order.id}`, admin)
        expect(ofOrder.bookings.map((booking: any) => booking.id)).toEqual([alices.id])
      })
    })

    describe("staff", () => {
      it("books a walk-in customer, moves the job through its statuses and refuses an impossible one", async () => {
        const { data: services } = await api.get("/admin/booking-services", admin)
        const workshop = services.booking_services.find((service: any) => service.id === repair.id)
        expect(workshop.requires_address).toBe(false)
        const { data: availability } = await api.get(`/admin/booking-services/${repair.id}/availability?from=${localDate(3)}&to=${localDate(6)}`, admin)
        const slot = availability.slots[0]
        expect(slot.technician_ids.length).toBeGreaterThan(0)

        const { data: created } = await api.post(
          "/admin/bookings",
          { service_id: repair.id, starts_at: slot.starts_at, contact_name: "Chú Tư", contact_phone: "0909 000 111", status: "confirmed", notes: "Amply Denon rè kênh trái" },
          admin
        )
        expect(created.booking).toMatchObject({ status: "confirmed", contact_name: "Chú Tư", customer_id: null })
        const id = created.booking.id

        for (const status of ["in_progress", "completed"]) {
          const { data } = await api.post(`/admin/bookings/${id}/status`, { status }, admin)
          expect(data.booking.status).toBe(status)
        }
        const refused = await failure(api.post(`/admin/bookings/${id}/status`, { status: "cancelled" }, admin))
        expect(refused).toMatchObject({ status: 400, message: expect.stringMatching(/completed and cannot become cancelled/) })
        const unknown = await failure(api.post(`/admin/bookings/${id}/status`, { status: "finished" }, admin))
        expect(unknown).toMatchObject({ status: 400, message: expect.stringMatching(/Expected: 'confirmed, in_progress, completed, cancelled, no_show' for field 'status'/) })
      })

      it("reassigns a booking only to a qualified technician who is free", async () => {
        const { data: staff } = await api.get("/admin/technicians", admin)
        const byName = (name: string) => staff.technicians.find((technician: any) => technician.name === name)
        const tuan = byName("Trần Minh Tuấn")
        const ha = byName("Lê Thị Thu Hà")

        const { data: availability } = await api.get(
          `/admin/booking-services/${tuning.id}/availability?from=${localDate(3)}&to=${localDate(10)}&province_code=vn-sg`,
          admin
        )
        const shared = availability.slots.find((slot: any) => slot.technician_ids.includes(hung.id) && slot.technician_ids.includes(tuan.id))
        const booking = await book(alice, shared.starts_at, { technician_id: hung.id })

        const unqualified = await failure(api.post(`/admin/bookings/${booking.id}/reassign`, { technician_id: ha.id }, admin))
        expect(unqualified.status).toBe(400)
        const { data } = await api.post(`/admin/bookings/${booking.id}/reassign`, { technician_id: tuan.id }, admin)
        expect(data.booking.technician.id).toBe(tuan.id)
        const { data: detail } = await api.get(`/admin/bookings/${booking.id}`, admin)
        expect(detail.booking.history.at(-1)).toMatchObject({ action: "reassigned", actor_type: "user", changes: { technician_id: [hung.id, tuan.id] } })
      })

      it("manages technicians: working hours, time off, and refuses nonsense", async () => {
        const { data: created } = await api.post(
          "/admin/technicians",
          { name: "Kỹ thuật viên Thử", skills: ["karaoke", "tuning"], service_provinces: ["vn-sg"], working_hours: [{ weekday: 3, start_minute: 480, end_minute: 720 }] },
          admin
        )
        const id = created.technician.id
        expect(created.technician.working_hours).toHaveLength(1)

        const overlapping = await failure(
          api.post(`/admin/technicians/${id}`, { working_hours: [{ weekday: 3, start_minute: 480, end_minute: 720 }, { weekday: 3, start_minute: 600, end_minute: 900 }] }, admin)
        )
        expect(overlapping).toMatchObject({ status: 400, message: expect.stringMatching(/overlap/) })
        const { data: unchanged } = await api.get(`/admin/technicians/${id}`, admin)
        expect(unchanged.technician.working_hours).toHaveLength(1)

        const backwards = await failure(
          api.post(`/admin/technicians/${id}/time-off`, { starts_at: `${localDate(5)}T12:00:00+07:00`, ends_at: `${localDate(5)}T08:00:00+07:00` }, admin)
        )
        expect(backwards).toMatchObject({ status: 400, message: expect.stringMatching(/must end after it starts/) })

        const { data: off } = await api.post(
          `/admin/technicians/${id}/time-off`,
          { starts_at: `${localDate(3)}T00:00:00+07:00`, ends_at: `${localDate(10)}T23:59:00+07:00`, reason: "Nghỉ phép" },
          admin
        )
        const slots = await api.get(`/admin/booking-services/${tuning.id}/availability?from=${localDate(3)}&to=${localDate(9)}&province_code=vn-sg&technician_id=${id}`, admin)
        expect(slots.data.slots).toEqual([])

        await api.delete(`/admin/technicians/${id}/time-off/${off.time_off.id}`, admin)
        const { data: deleted } = await api.delete(`/admin/technicians/${id}`, admin)
        expect(deleted).toMatchObject({ id, deleted: true })
        expect((await failure(api.get(`/admin/technicians/${id}`, admin))).status).toBe(404)
      })
    })
  },
})
