import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ClientEvents, REALTIME_MODULE, Rooms, ServerEvents, type BookingUpdatedPayload, type Room } from "@tailoc/realtime-contract"
import jwt from "jsonwebtoken"
import { io, type Socket } from "socket.io-client"
import { seedShop, type SeedSummary } from "../../src/seed"
import { loginAdmin, registerCustomer, type RequestConfig } from "../helpers/accounts"

jest.setTimeout(240_000)

const PLUGINS = path.resolve(__dirname, "../../../plugins")
const DAY = 86_400_000
const localDate = (offsetDays: number) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * DAY).toISOString().slice(0, 10)

/** Every .ts/.tsx file under `dir`. */
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })

/** The part of the gateway a test needs to move a socket out of a room. */
type GatewayRooms = { gateway: { io: { in(room: Room): { socketsLeave(room: Room): void } } } }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let admin: RequestConfig
    let alice: RequestConfig & { customerId: string }
    let port: number
    let jwtSecret: string
    const sockets: Socket[] = []

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      admin = await loginAdmin(api, seeded)
      alice = await registerCustomer(api, seeded.publishableKey, "alice.realtime@example.vn", "Alice")
      port = getContainer().resolve(REALTIME_MODULE).port
      jwtSecret = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
    })

    afterEach(() => {
      for (const socket of sockets.splice(0)) socket.close()
    })

    function connect(actorType: "customer" | "user", actorId: string): Promise<Socket> {
      const token = jwt.sign({ actor_type: actorType, actor_id: actorId }, jwtSecret, { expiresIn: "10m" })
      const socket = io(`http://127.0.0.1:${port}`, { auth: { token }, transports: ["websocket"], reconnection: false })
      sockets.push(socket)
      return new Promise((resolve, reject) => {
        socket.once(ServerEvents.connectionReady, () => resolve(socket))
        socket.once("connect_error", reject)
      })
    }

    /** The next `event` on `socket`; rejects when none comes within 5 s. */
    const nextEvent = <T>(socket: Socket, event: string) =>
      new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${event} within 5 s`)), 5000)
        socket.once(event, (payload: T) => {
          clearTimeout(timer)
          resolve(payload)
        })
      })

    /** A socket of an admin user in no room but their own: what reaches it was sent to `user:<id>`. */
    async function connectUserOnly(userId: string) {
      const socket = await connect("user", userId)
      ;(getContainer().resolve(REALTIME_MODULE) as GatewayRooms).gateway.io.in(Rooms.user(userId)).socketsLeave(Rooms.staff)
      const received: BookingUpdatedPayload[] = []
      socket.on(ServerEvents.bookingUpdated, (payload: BookingUpdatedPayload) => received.push(payload))
      return received
    }

    describe("booking:updated, emitted by the booking plugin itself", () => {
      it("reaches the technician's own user room when a customer books them and when staff confirm", async () => {
        const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
        const { data: services } = await api.get("/store/booking-services", store)
        const tuning = services.booking_services.find((service: any) => service.handle === "can-chinh-am-thanh-chong-hu")
        await api.post(`/admin/booking-services/${tuning.id}`, { customer_may_choose_technician: true }, admin)
        const { data: staff } = await api.get("/admin/technicians", admin)
        const hung = staff.technicians.find((technician: any) => technician.name === "Nguyễn Văn Hùng")
        const { data: me } = await api.get("/admin/users/me", admin)
        await api.post(`/admin/technicians/${hung.id}`, { user_id: me.user.id }, admin)

        const toTechnician = await connectUserOnly(me.user.id)
        const toSomeoneElse = await connectUserOnly("user_not_the_technician")

        const query = new URLSearchParams({ from: localDate(3), to: localDate(10), province_code: "vn-sg", technician_id: hung.id })
        const { data: availability } = await api.get(`/store/booking-services/${tuning.id}/availability?${query}`, store)
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const created = TestEventUtils.waitSubscribersExecution("booking.created", eventBus)
        const { data: booked } = await api.post(
          "/store/bookings",
          {
            service_id: tuning.id,
            starts_at: availability.slots[0].starts_at,
            technician_id: hung.id,
            address: { address_1: "12 Nguyễn Huệ, Phường Bến Nghé", city: "TP. Hồ Chí Minh" },
            province_code: "vn-sg",
          },
          alice
        )
        await created
        const confirmed = TestEventUtils.waitSubscribersExecution("booking.updated", eventBus)
        await api.post(`/admin/bookings/${booked.booking.id}/status`, { status: "confirmed" }, admin)
        await confirmed
        // A round trip on each socket: whatever the gateway pushed before it has arrived.
        await new Promise((resolve) => setTimeout(resolve, 200))

        expect(toTechnician).toEqual([
          expect.objectContaining({ id: booked.booking.id, event: "booking.created", technician_id: hung.id, status: "requested" }),
          expect.objectContaining({ id: booked.booking.id, event: "booking.updated", status: "confirmed", previous_status: "requested" }),
        ])
        expect(toSomeoneElse).toEqual([])
      })

      it("is sent by no plugin that reads another plugin's tables", () => {
        const plugins = readdirSync(PLUGINS).filter((name) => readdirSync(path.join(PLUGINS, name)).includes("src"))
        const tablesOf = Object.fromEntries(
          plugins.map((plugin) => [
            plugin,
            sourceFiles(path.join(PLUGINS, plugin, "src"))
              .filter((file) => file.includes(`${path.sep}models${path.sep}`))
              .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/model\s*\.define\(\s*"(\w+)"/g)].map((match) => match[1])),
          ])
        )
        expect(tablesOf.booking).toContain("technician")
        expect(tablesOf.support).toContain("support_message")

        const trespasses = plugins.flatMap((plugin) => {
          const foreign = plugins.filter((other) => other !== plugin).flatMap((other) => tablesOf[other])
          return sourceFiles(path.join(PLUGINS, plugin, "src")).flatMap((file) => {
            const source = readFileSync(file, "utf8")
            const named = [...source.matchAll(/entity:\s*"(\w+)"|\b(?:FROM|JOIN|INTO|UPDATE)\s+"?(\w+)/gi)].map((match) => match[1] ?? match[2])
            return named.filter((table) => foreign.includes(table)).map((table) => `${path.relative(PLUGINS, file)} names ${table}`)
          })
        })
        expect(trespasses).toEqual([])
      })
    })

    describe("the core event bridge", () => {
      it("sends a placed order's ids and status only, never computing its totals", async () => {
        const { createOrderWorkflow } = await import("@medusajs/medusa/core-flows")
        const { data: regions } = await api.get("/admin/regions", admin)
        const { result: order } = await createOrderWorkflow(getContainer()).run({
          input: {
            region_id: regions.regions[0].id,
            customer_id: alice.customerId,
            email: "alice.realtime@example.vn",
            currency_code: "vnd",
            items: [{ title: "Micro không dây Shure BLX288", quantity: 1, unit_price: 14_500_000 }],
          },
        })
        const customer = await connect("customer", alice.customerId)
        const received = nextEvent(customer, ServerEvents.orderCreated)
        await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
        expect(await received).toEqual({
          id: order.id,
          display_id: order.display_id,
          status: "pending",
          customer_id: alice.customerId,
          currency_code: "vnd",
          event: "order.placed",
        })
      })
    })

    describe("the per-socket rate limit", () => {
      it("refuses events past 40 in 10 seconds, then cuts the socket off", async () => {
        const socket = await connect("customer", alice.customerId)
        const refused = nextEvent(socket, ServerEvents.error)
        const cutOff = nextEvent(socket, "disconnect")
        for (let index = 0; index < 45; index++) socket.emit(ClientEvents.productWatch, { product_id: "prod_01RATELIMIT" })
        expect(await refused).toEqual({ message: "rate_limited: too many events, slow down" })
        expect(await cutOff).toBe("io server disconnect")
      })
    })
  },
})
