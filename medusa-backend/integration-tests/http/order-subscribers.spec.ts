import { TransactionOrchestrator } from "@medusajs/framework/orchestration"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import confirmPaidBookings from "@tailoc/medusa-plugin-booking/subscribers/confirm-paid-bookings"
import coreEventBridge from "@tailoc/medusa-plugin-realtime/subscribers/core-event-bridge"
import { seedShop } from "../../src/seed"
import { registerCustomer, type RequestConfig } from "../helpers/accounts"
import { shopBasics } from "../helpers/checkout"

jest.setTimeout(240_000)

const DAY = 86_400_000
const localDate = (offsetDays: number) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * DAY).toISOString().slice(0, 10)

/**
 * The two `order.placed` subscribers of our plugins run on every order of the shop; almost
 * none pays for a booking and, without a connected socket, nobody hears a realtime event.
 * Each subscriber is called here as the event bus calls it, and what it does is observed
 * through Medusa's own hooks: the workflow tracer and the query service.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: RequestConfig
    let basics: { regionId: string; variantId: string }
    const workflowsRun: string[] = []
    const originalTrace = TransactionOrchestrator.traceTransaction

    beforeAll(async () => {
      const seeded = await seedShop(getContainer())
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      basics = await shopBasics(api, store)
      // Medusa's instrumentation hook: called around every synchronous workflow run.
      TransactionOrchestrator.traceTransaction = async (resume, metadata) => {
        workflowsRun.push(metadata.model_id)
        return resume()
      }
    })
    afterAll(() => {
      TransactionOrchestrator.traceTransaction = originalTrace
    })

    const placed = (orderId: string) => ({ event: { name: "order.placed", data: { id: orderId } }, container: getContainer() }) as any

    /** An order as checkout makes it, without its `order.placed`: the test calls the subscribers itself. */
    async function placeOrder(customerId: string | undefined, items: Record<string, unknown>[]) {
      const { createOrderWorkflow } = await import("@medusajs/medusa/core-flows")
      const { result } = await createOrderWorkflow(getContainer()).run({
        input: { region_id: basics.regionId, customer_id: customerId, email: "khach@example.vn", currency_code: "vnd", items } as any,
      })
      return result.id as string
    }
    const ordinaryOrder = () => placeOrder(undefined, [{ variant_id: basics.variantId, quantity: 1 }])

    it("runs no booking workflow and reads only the items' metadata for an order without a booking line", async () => {
      const orderId = await ordinaryOrder()
      // The hook sees this app's workflows: the order itself was made by one.
      expect(workflowsRun).toContain("create-orders")

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const graph = jest.spyOn(query, "graph")
      workflowsRun.length = 0
      try {
        await confirmPaidBookings(placed(orderId))
        expect(workflowsRun).not.toContain("attach-bookings-to-order")
        expect(graph.mock.calls.map(([config]) => [config.entity, config.fields])).toEqual([["order", ["items.metadata"]]])
      } finally {
        graph.mockRestore()
      }
    })

    it("still confirms a booking paid through an order, through the workflow", async () => {
      const customer = await registerCustomer(api, store.headers["x-publishable-api-key"], "tra-coc@example.vn", "Cọc")
      const { data: services } = await api.get("/store/booking-services", store)
      const tuning = services.booking_services.find((service: any) => service.handle === "can-chinh-am-thanh-chong-hu")
      const range = new URLSearchParams({ from: localDate(3), to: localDate(10), province_code: "vn-sg" })
      const { data: availability } = await api.get(`/store/booking-services/${tuning.id}/availability?${range}`, store)
      const { data: booked } = await api.post(
        "/store/bookings",
        {
          service_id: tuning.id,
          starts_at: availability.slots[0].starts_at,
          address: { address_1: "45 Lê Văn Sỹ, Phường 13, Quận 3", city: "TP. Hồ Chí Minh" },
          province_code: "vn-sg",
        },
        customer
      )
      const orderId = await placeOrder(customer.customerId, [
        { title: "Đặt cọc: Cân chỉnh âm thanh", quantity: 1, unit_price: 300_000, metadata: { booking_id: booked.booking.id } },
      ])

      workflowsRun.length = 0
      await confirmPaidBookings(placed(orderId))
      expect(workflowsRun.filter((id) => id === "attach-bookings-to-order")).toHaveLength(1)
      const { data } = await api.get(`/store/bookings/${booked.booking.id}`, customer)
      expect(data.booking).toMatchObject({ status: "confirmed" })
    })

    // With Redis the gateway cannot know locally whether another process holds a listener.
    const withoutRedis = process.env.REDIS_URL ? it.skip : it
    withoutRedis("reads nothing for the realtime bridge while no socket is connected", async () => {
      const orderId = await ordinaryOrder()
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const graph = jest.spyOn(query, "graph")
      try {
        await coreEventBridge(placed(orderId))
        expect(graph).not.toHaveBeenCalled()
      } finally {
        graph.mockRestore()
      }
    })
  },
})
