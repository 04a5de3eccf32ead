import axios from "axios"
import Redis from "ioredis"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { REALTIME_MODULE, ServerEvents, type OrderEventPayload } from "@tailoc/realtime-contract"
import { io, type Socket } from "socket.io-client"
import { seedShop } from "../../src/seed"
import { loginAdmin, type RequestConfig } from "../helpers/accounts"
import { readyCart, shopBasics } from "../helpers/checkout"
import { startMedusaProcess, type MedusaProcess } from "../helpers/medusa-process"

jest.setTimeout(300_000)

/**
 * The production shape on one database and one Redis: API process A (this test's own app, in
 * server mode), API process B and a worker (both `medusa start` from the sources, since a full
 * `medusa build` would add minutes to every test run; the build is exercised by `npm start`).
 * Redis is TEST_REDIS_URL with its own database index, so the queues and cache of other runs
 * and of a development server on the same Redis never mix with this one's.
 */
const testRedis = process.env.TEST_REDIS_URL
const redisUrl = testRedis
  ? (() => {
      const url = new URL(testRedis)
      url.pathname = `/${process.env.MULTI_PROCESS_REDIS_DB || "13"}`
      return url.toString()
    })()
  : undefined
const SHARED = { REDIS_URL: redisUrl ?? "", MEDUSA_FF_CACHING: "true" }
if (redisUrl) Object.assign(process.env, SHARED, { MEDUSA_WORKER_MODE: "server" })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const run = Date.now().toString(36)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    if (!redisUrl) {
      console.warn("\n[multi-process] WARNING: TEST_REDIS_URL is not set: the two-API-process + worker test did NOT run (SKIPPED)\n")
      it.skip("TEST_REDIS_URL is not set: several processes on one shop were NOT tested", () => {})
      return
    }

    let store: RequestConfig
    let admin: RequestConfig
    let adminToken: string
    let basics: { regionId: string; variantId: string }
    let b: MedusaProcess | undefined
    let worker: MedusaProcess | undefined
    let apiB: ReturnType<typeof axios.create>

    beforeAll(async () => {
      const started = Date.now()
      const seeded = await seedShop(getContainer())
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      admin = await loginAdmin(api, seeded)
      adminToken = admin.headers.authorization.replace("Bearer ", "")
      basics = await shopBasics(api, store)
      ;[b, worker] = await Promise.all([
        startMedusaProcess({ name: "API process B", databaseUrl: dbConfig.clientUrl, env: { ...SHARED, MEDUSA_WORKER_MODE: "server" } }),
        startMedusaProcess({ name: "the worker", databaseUrl: dbConfig.clientUrl, env: { ...SHARED, MEDUSA_WORKER_MODE: "worker" } }),
      ])
      apiB = axios.create({ baseURL: b.url })
      console.log(`[multi-process] seed + B + worker ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    })
    afterAll(async () => {
      await Promise.all([b?.stop(), worker?.stop()])
    })

    it("shows a product changed through A at once through B, though B has it cached", async () => {
      const { data: listed } = await apiB.get(`/store/products?region_id=${basics.regionId}&limit=1&fields=id,title`, store)
      const product = listed.products[0]
      const readThroughB = async () => (await apiB.get(`/store/products/${product.id}?region_id=${basics.regionId}&fields=id,title`, store)).data.product.title
      expect(await readThroughB()).toBe(product.title)
      expect(await readThroughB()).toBe(product.title)
      // Medusa's caching module keeps its entries under "mc:" in the shared Redis.
      const redis = new Redis(redisUrl)
      try {
        expect((await redis.keys("mc:*")).length).toBeGreaterThan(0)
      } finally {
        redis.disconnect()
      }

      const title = `${product.title} (${run})`
      await api.post(`/admin/products/${product.id}`, { title }, admin)
      expect(await readThroughB()).toBe(title)
      const { data: listedAgain } = await apiB.get(`/store/products?region_id=${basics.regionId}&id=${product.id}&fields=id,title`, store)
      expect(listedAgain.products[0].title).toBe(title)
    })

    it("handles an order.placed once, in the worker, and a socket on A's gateway hears what the worker emits", async () => {
      const gatewayPort = getContainer().resolve(REALTIME_MODULE).port as number
      const received: OrderEventPayload[] = []
      const socket: Socket = io(`http://127.0.0.1:${gatewayPort}`, { auth: { token: adminToken }, transports: ["websocket"], reconnection: false })
      try {
        await new Promise<void>((resolve, reject) => {
          socket.once("connect", () => resolve())
          socket.once("connect_error", reject)
        })
        socket.on(ServerEvents.orderCreated, (payload: OrderEventPayload) => received.push(payload))
        const workerProcessedBefore = worker!.output().split("Processing order.placed").length

        const cartId = await readyCart(apiB, store, basics, `mot-lan-${run}@example.vn`)
        const { data } = await apiB.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(data.type).toBe("order")
        const orderId = data.order.id

        const deadline = Date.now() + 30_000
        while (!received.some((event) => event.id === orderId) && Date.now() < deadline) await sleep(200)
        await sleep(2_000) // room for a second delivery, had there been one
        expect(received.filter((event) => event.id === orderId)).toHaveLength(1)
        expect(worker!.output().split("Processing order.placed").length).toBe(workerProcessedBefore + 1)
        expect(b!.output()).not.toMatch(/Processing order\.placed/)
      } finally {
        socket.close()
      }
    })

    it("gives one order when one cart is completed through A and B at the same moment", async () => {
      const email = `hai-lan-${run}@example.vn`
      const cartId = await readyCart(api, store, basics, email)
      const answers = await Promise.all(
        [api, apiB].map((client) => client.post(`/store/carts/${cartId}/complete`, {}, { ...store, validateStatus: () => true }))
      )
      console.log(`[multi-process] concurrent completes answered ${answers.map((answer) => answer.status).join(", ")}`)
      const orderIds = new Set(answers.filter((answer) => answer.data?.type === "order").map((answer) => answer.data.order.id))
      expect(orderIds.size).toBe(1)
      for (const answer of answers) expect(answer.status).toBeLessThan(500)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { email } })
      expect(orders.map((order) => order.id)).toEqual([...orderIds])
    })
  },
})
