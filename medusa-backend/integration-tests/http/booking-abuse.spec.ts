import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { formatShopDateTime } from "@tailoc/shop-locale"
import { seedShop, type SeedSummary } from "../../src/seed"
import { failure, loginAdmin, registerCustomer, type RequestConfig } from "../helpers/accounts"

jest.setTimeout(240_000)
// The default cap (3 live bookings per customer) is what these tests check.
delete process.env.BOOKING_MAX_LIVE_BOOKINGS_PER_CUSTOMER

const DAY = 86_400_000
const HOUR = 3_600_000
const localDate = (offsetDays: number) => new Date(Date.now() + 7 * HOUR + offsetDays * DAY).toISOString().slice(0, 10)
const ADDRESS = { address_1: "12 Nguyễn Thị Minh Khai, Phường Đa Kao, Quận 1", city: "TP. Hồ Chí Minh" }
const INTERNAL_ID = /\b(bkg|tech|cus|bsvc)_[0-9A-Z]+/

type Slot = { starts_at: string; ends_at: string; available_technicians: number }
type Customer = RequestConfig & { customerId: string }
type Outcome = { status: number; code?: string; message?: string; booking?: any }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let store: RequestConfig
    let admin: RequestConfig
    let tuning: { id: string; name: string }
    let survey: { id: string }
    let repair: { id: string }
    let customerCount = 0

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      admin = await loginAdmin(api, seeded)
      const { data } = await api.get("/store/booking-services", store)
      const byHandle = (handle: string) => data.booking_services.find((service: any) => service.handle === handle)
      tuning = byHandle("can-chinh-am-thanh-chong-hu")
      survey = byHandle("khao-sat-cong-trinh")
      repair = byHandle("sua-chua-amply-tai-showroom")
    })

    const newCustomer = () => registerCustomer(api, seeded.publishableKey, `abuse-${++customerCount}@example.vn`, `Khách ${customerCount}`)

    async function slotsOf(serviceId: string, fromDay: number, toDay: number) {
      const { data } = await api.get(
        `/store/booking-services/${serviceId}/availability?from=${localDate(fromDay)}&to=${localDate(toDay)}&province_code=vn-sg`,
        store
      )
      return data.slots as Slot[]
    }

    /** A POST /store/bookings that never throws: its status, error code and message, or the booking. */
    async function attempt(customer: RequestConfig, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Outcome> {
      try {
        const response = await api.post(
          "/store/bookings",
          { address: ADDRESS, province_code: "vn-sg", ...body },
          { headers: { ...customer.headers, ...headers } }
        )
        return { status: response.status, booking: response.data.booking }
      } catch (error: any) {
        if (!error.response) throw error
        return { status: error.response.status, code: error.response.data?.code, message: error.response.data?.message }
      }
    }

    async function liveBookingsOf(customer: Customer) {
      const { data } = await api.get(`/admin/bookings?customer_id=${customer.customerId}&status=requested&status=confirmed&limit=500`, admin)
      return data.bookings as any[]
    }

    const statuses = (outcomes: Outcome[]) => outcomes.map((outcome) => outcome.status).sort()

    describe("#9 live bookings per customer", () => {
      it("holds a burst of parallel requests for separate times to 3 live bookings, and frees a place on cancelling", async () => {
        const customer = await newCustomer()
        // Six times of the free survey service, far enough apart not to overlap.
        const slots: Slot[] = []
        for (const slot of await slotsOf(survey.id, 3, 12)) {
          if (!slots.length || Date.parse(slot.starts_at) >= Date.parse(slots[slots.length - 1].starts_at) + 4 * HOUR) slots.push(slot)
        }
        expect(slots.length).toBeGreaterThanOrEqual(7)

        const outcomes = await Promise.all(slots.slice(0, 6).map((slot) => attempt(customer, { service_id: survey.id, starts_at: slot.starts_at })))
        expect(statuses(outcomes)).toEqual([201, 201, 201, 409, 409, 409])
        for (const refused of outcomes.filter((outcome) => outcome.status === 409)) {
          expect(refused).toMatchObject({ code: "live_booking_limit", message: expect.stringMatching(/đang có 3 lịch hẹn sắp tới/) })
        }
        const live = await liveBookingsOf(customer)
        expect(live).toHaveLength(3)

        const english = await attempt(customer, { service_id: survey.id, starts_at: slots[6].starts_at }, { "accept-language": "en" })
        expect(english).toMatchObject({ status: 409, message: expect.stringMatching(/already have 3 upcoming bookings/) })

        await api.post(`/store/bookings/${live[0].id}/cancel`, {}, customer)
        expect((await attempt(customer, { service_id: survey.id, starts_at: slots[6].starts_at })).status).toBe(201)
        expect(await liveBookingsOf(customer)).toHaveLength(3)
      })

      it("gives one customer one booking for overlapping times, however many arrive at once", async () => {
        const customer = await newCustomer()
        const slots = await slotsOf(tuning.id, 3, 10)
        const slot = slots.find(
          (candidate) => candidate.available_technicians === 3 && slots.some((other) => Date.parse(other.starts_at) === Date.parse(candidate.starts_at) + 30 * 60_000)
        )!
        const overlapping = new Date(Date.parse(slot.starts_at) + 30 * 60_000).toISOString()

        // The same time three times (a triple click without a key) and an overlapping time twice.
        const outcomes = await Promise.all(
          [slot.starts_at, slot.starts_at, slot.starts_at, overlapping, overlapping].map((startsAt) =>
            attempt(customer, { service_id: tuning.id, starts_at: startsAt })
          )
        )
        expect(statuses(outcomes)).toEqual([201, 409, 409, 409, 409])
        for (const refused of outcomes.filter((outcome) => outcome.status === 409)) {
          expect(refused.code).toBe("customer_already_booked")
          expect(refused.message).toMatch(/Bạn đã có một lịch hẹn trùng giờ/)
        }
        expect(await liveBookingsOf(customer)).toHaveLength(1)
      })
    })

    describe("#10 Idempotency-Key", () => {
      it("returns the same booking for a repeated key, one after another and all at once, and refuses the key on another request", async () => {
        const customer = await newCustomer()
        const slots = await slotsOf(tuning.id, 11, 13)
        const [first, second] = [slots[0], slots.find((slot) => Date.parse(slot.starts_at) >= Date.parse(slots[0].starts_at) + DAY)!]
        const request = { service_id: tuning.id, starts_at: first.starts_at, notes: "Gọi trước khi đến" }

        const repeated: Outcome[] = []
        for (let index = 0; index < 3; index++) {
          repeated.push(await attempt(customer, request, { "idempotency-key": "dat-lich-1" }))
        }
        expect(statuses(repeated)).toEqual([201, 201, 201])
        expect(new Set(repeated.map((outcome) => outcome.booking.id)).size).toBe(1)

        const together = await Promise.all(
          Array.from({ length: 5 }, () => attempt(customer, { service_id: tuning.id, starts_at: second.starts_at }, { "idempotency-key": "dat-lich-2" }))
        )
        expect(statuses(together)).toEqual([201, 201, 201, 201, 201])
        expect(new Set(together.map((outcome) => outcome.booking.id)).size).toBe(1)
        expect(await liveBookingsOf(customer)).toHaveLength(2)

        // The same time written with the shop's offset is the same request; other notes are not.
        const localSameTime = new Date(Date.parse(first.starts_at) + 7 * HOUR).toISOString().replace("Z", "+07:00")
        expect((await attempt(customer, { ...request, starts_at: localSameTime }, { "idempotency-key": "dat-lich-1" })).booking.id).toBe(
          repeated[0].booking.id
        )
        const changed = await attempt(customer, { ...request, notes: "Đổi ghi chú" }, { "idempotency-key": "dat-lich-1" })
        expect(changed).toMatchObject({ status: 422, message: expect.stringMatching(/Idempotency-Key này đã được dùng/) })
        const bookingService = getContainer().resolve("booking") as any
        const history = await bookingService.listBookingHistories({ booking_id: repeated[0].booking.id })
        expect(history).toHaveLength(1)
        expect(await liveBookingsOf(customer)).toHaveLength(2)

        const malformed = await attempt(customer, request, { "idempotency-key": "x".repeat(300) })
        expect(malformed).toMatchObject({ status: 400, message: expect.stringMatching(/Idempotency-Key/) })
      })
    })

    describe("#11 racing for a slot with several free technicians", () => {
      it("books every free technician before refusing, and tells the rest in Vietnamese with local time and no ids", async () => {
        const customers = await Promise.all(Array.from({ length: 5 }, () => newCustomer()))
        const slot = (await slotsOf(tuning.id, 3, 10)).find((candidate) => candidate.available_technicians === 3)!

        const outcomes = await Promise.all(
          Array.from({ length: 20 }, (_, index) => attempt(customers[index % 5], { service_id: tuning.id, starts_at: slot.starts_at }))
        )
        const created = outcomes.filter((outcome) => outcome.status === 201)
        expect(created).toHaveLength(3)
        expect(new Set(created.map((outcome) => outcome.booking.technician.id)).size).toBe(3)
        for (const refused of outcomes.filter((outcome) => outcome.status !== 201)) {
          expect(refused.status).toBe(409)
          expect(["slot_unavailable", "customer_already_booked"]).toContain(refused.code)
        }

        // No technician holds two overlapping bookings.
        const { data } = await api.get(`/admin/bookings?status=requested&limit=500`, admin)
        const live = data.bookings as any[]
        for (const booking of live) {
          const clash = live.filter(
            (other) =>
              other.id !== booking.id &&
              other.technician_id === booking.technician_id &&
              Date.parse(other.blocked_from) < Date.parse(booking.blocked_until) &&
              Date.parse(booking.blocked_from) < Date.parse(other.blocked_until)
          )
          expect(clash).toEqual([])
        }

        const latecomer = await newCustomer()
        const taken = await attempt(latecomer, { service_id: tuning.id, starts_at: slot.starts_at })
        expect(taken).toMatchObject({ status: 409, code: "slot_unavailable" })
        expect(taken.message).toContain(`Khung giờ ${formatShopDateTime(slot.starts_at, "vi")} đã có người đặt`)
        expect(taken.message).not.toMatch(INTERNAL_ID)
        expect(taken.message).not.toContain(slot.starts_at)

        const english = await attempt(latecomer, { service_id: tuning.id, starts_at: slot.starts_at }, { "accept-language": "en-US,en;q=0.9" })
        expect(english).toMatchObject({ status: 409, code: "slot_unavailable" })
        expect(english.message).toBe(`${formatShopDateTime(slot.starts_at, "en")} is already taken. Please choose another slot.`)

        const offGrid = `${localDate(4)}T03:00:00+07:00`
        const notBookable = await attempt(latecomer, { service_id: tuning.id, starts_at: offGrid })
        expect(notBookable).toMatchObject({ status: 400, message: expect.stringContaining(formatShopDateTime(offGrid, "vi")) })
        expect(notBookable.message).toContain(tuning.name)
        expect(notBookable.message).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
      })
    })

    describe("#12 choosing a technician", () => {
      it("refuses a customer's technician_id unless the service lets customers choose; staff still choose", async () => {
        const customer = await newCustomer()
        const { data: staffView } = await api.get(`/admin/booking-services/${repair.id}/availability?from=${localDate(3)}&to=${localDate(5)}`, admin)
        const slot = staffView.slots[0]
        const technicianId = slot.technician_ids[0]

        // Repairs are done at the showroom: no address, any showroom's technician.
        const atShowroom = { service_id: repair.id, address: undefined, province_code: undefined }
        const refused = await attempt(customer, { ...atShowroom, starts_at: slot.starts_at, technician_id: technicianId })
        expect(refused).toMatchObject({ status: 400, message: expect.stringMatching(/cửa hàng sẽ phân công kỹ thuật viên/) })
        expect(refused.message).not.toMatch(INTERNAL_ID)
        const filter = await failure(
          api.get(`/store/booking-services/${repair.id}/availability?from=${localDate(3)}&to=${localDate(5)}&technician_id=${technicianId}`, store)
        )
        expect(filter.status).toBe(400)
        expect(await liveBookingsOf(customer)).toEqual([])

        await api.post(`/admin/booking-services/${repair.id}`, { customer_may_choose_technician: true }, admin)
        const { data: service } = await api.get(`/admin/booking-services/${repair.id}`, admin)
        // Changing one setting keeps the others.
        expect(service.booking_service).toMatchObject({ customer_may_choose_technician: true, required_skills: ["repair"], buffer_after_minutes: 15 })
        const { data: filtered } = await api.get(
          `/store/booking-services/${repair.id}/availability?from=${localDate(3)}&to=${localDate(5)}&technician_id=${technicianId}`,
          store
        )
        expect(filtered.slots.length).toBeGreaterThan(0)
        const chosen = await attempt(customer, { ...atShowroom, starts_at: slot.starts_at, technician_id: technicianId })
        expect(chosen).toMatchObject({ status: 201, booking: { technician: { id: technicianId } } })

        await api.post(`/admin/booking-services/${repair.id}`, { customer_may_choose_technician: false }, admin)
        const later = staffView.slots.find((candidate: any) => Date.parse(candidate.starts_at) >= Date.parse(slot.starts_at) + 3 * HOUR)
        const { data: walkIn } = await api.post(
          "/admin/bookings",
          { service_id: repair.id, starts_at: later.starts_at, technician_id: later.technician_ids[0], contact_name: "Anh Ba" },
          admin
        )
        expect(walkIn.booking.technician.id).toBe(later.technician_ids[0])
      })
    })

    describe("#13 dates out of range", () => {
      it("answers year 0 and other impossible years with a 400 naming the field, and saves nothing", async () => {
        const { data: staff } = await api.get("/admin/technicians", admin)
        const technician = staff.technicians[0]
        const timeOff = (body: Record<string, unknown>) => failure(api.post(`/admin/technicians/${technician.id}/time-off`, body, admin))

        expect(await timeOff({ starts_at: "0000-01-01T00:00:00Z", ends_at: `${localDate(5)}T12:00:00+07:00` })).toMatchObject({
          status: 400,
          message: expect.stringMatching(/starts_at must be a date-time between the years 2000 and 2100/),
        })
        expect(await timeOff({ starts_at: `${localDate(5)}T08:00:00+07:00`, ends_at: "9999-12-31T23:59:59Z" })).toMatchObject({
          status: 400,
          message: expect.stringMatching(/ends_at must be a date-time between the years 2000 and 2100/),
        })
        const same = `${localDate(5)}T08:00:00+07:00`
        expect(await timeOff({ starts_at: same, ends_at: same })).toMatchObject({ status: 400, message: expect.stringMatching(/must end after it starts/) })
        const { data: unchanged } = await api.get(`/admin/technicians/${technician.id}`, admin)
        expect(unchanged.technician.time_off ?? []).toEqual([])

        const customer = await newCustomer()
        expect(await attempt(customer, { service_id: tuning.id, starts_at: "0000-01-01T00:00:00Z" })).toMatchObject({
          status: 400,
          message: expect.stringMatching(/starts_at must be a date-time between/),
        })
        const availability = await failure(api.get(`/store/booking-services/${tuning.id}/availability?from=0000-01-01&to=0000-01-02`, store))
        expect(availability).toMatchObject({ status: 400, message: expect.stringMatching(/from must be a date between/) })
        const list = await failure(api.get("/admin/bookings?from=0000-01-01T00:00:00Z", admin))
        expect(list).toMatchObject({ status: 400, message: expect.stringMatching(/from must be a date-time between/) })
      })
    })
  },
})
