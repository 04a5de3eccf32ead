import type { ChildProcess } from "node:child_process"
import { Emitter } from "@socket.io/redis-emitter"
import { Rooms, ServerEvents } from "@tailoc/realtime-contract"
import { Redis } from "ioredis"
import jwt from "jsonwebtoken"
import { io, type Socket } from "socket.io-client"
import { spawnGateway } from "../gateway/spawn"

jest.setTimeout(60_000)

// `npm test` sets TEST_REDIS_URL when a Redis answers. Without one these tests are reported
// as skipped, never as passed, and say so loudly.
const REDIS_URL = process.env.TEST_REDIS_URL
const SECRET = "fanout-test-secret"
const describeWithRedis = REDIS_URL ? describe : describe.skip
if (!REDIS_URL) {
  console.warn(
    "WARNING: TEST_REDIS_URL is not set, so the two-process fan-out tests did NOT run (reported as skipped). " +
      "Set TEST_REDIS_URL=redis://127.0.0.1:6379 to run them."
  )
}

const tokenFor = (actor_type: string, actor_id: string) => jwt.sign({ actor_type, actor_id }, SECRET, { expiresIn: "10m" })

function connect(port: number, token: string): Promise<Socket> {
  const socket = io(`http://127.0.0.1:${port}`, { auth: { token }, transports: ["websocket"], reconnection: false })
  return new Promise((resolve, reject) => {
    socket.once(ServerEvents.connectionReady, () => resolve(socket))
    socket.once("connect_error", reject)
  })
}

const next = (socket: Socket, event: string) =>
  new Promise<any>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within 5 s`)), 5000)
    socket.once(event, (payload) => {
      clearTimeout(timer)
      resolve(payload)
    })
  })

describeWithRedis("two gateway processes sharing Redis", () => {
  const gateways: ChildProcess[] = []
  const sockets: Socket[] = []
  let redis: Redis

  beforeAll(() => {
    redis = new Redis(REDIS_URL!)
  })

  afterAll(async () => {
    sockets.forEach((socket) => socket.close())
    gateways.forEach((child) => child.kill("SIGTERM"))
    await redis?.quit()
  })

  it("delivers an event emitted on one process to a client connected to the other, and from a worker", async () => {
    const [first, second] = await Promise.all([1, 2].map(() => spawnGateway({ jwtSecret: SECRET, redisUrl: REDIS_URL! })))
    gateways.push(first.child, second.child)

    const customer = await connect(second.port, tokenFor("customer", "cus_fanout"))
    const staff = await connect(first.port, tokenFor("user", "user_fanout"))
    sockets.push(customer, staff)
    // The Redis adapter needs a moment to subscribe both processes.
    await new Promise((resolve) => setTimeout(resolve, 300))

    const order = { id: "order_1", display_id: 1, status: "pending", customer_id: "cus_fanout", currency_code: "vnd", event: "order.updated" }
    const viaProcess = next(customer, ServerEvents.orderUpdated)
    first.emit([Rooms.customer("cus_fanout")], ServerEvents.orderUpdated, order)
    expect(await viaProcess).toEqual(order)

    const viaWorker = next(staff, ServerEvents.bookingUpdated)
    new Emitter(redis).to(Rooms.staff).emit(ServerEvents.bookingUpdated, { id: "bkg_1" })
    expect(await viaWorker).toEqual({ id: "bkg_1" })
  })
})
