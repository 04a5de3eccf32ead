import type { ChildProcess } from "node:child_process"
import net from "node:net"
import { Emitter } from "@socket.io/redis-emitter"
import { Redis } from "ioredis"
import jwt from "jsonwebtoken"
import { io, type Socket } from "socket.io-client"
import { spawnGateway } from "../realtime/spawn"

jest.setTimeout(60_000)

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const SECRET = "fanout-test-secret"

function redisReachable(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

const tokenFor = (actor_type: string, actor_id: string) => jwt.sign({ actor_type, actor_id }, SECRET, { expiresIn: "10m" })

function connect(port: number, token: string): Promise<Socket> {
  const socket = io(`http://127.0.0.1:${port}`, { auth: { token }, transports: ["websocket"], reconnection: false })
  return new Promise((resolve, reject) => {
    socket.once("connection:ready", () => resolve(socket))
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

describe("two gateway processes sharing Redis", () => {
  let available = false
  const gateways: ChildProcess[] = []
  const sockets: Socket[] = []
  let redis: Redis

  beforeAll(async () => {
    available = await redisReachable()
    if (!available) {
      console.warn(`Redis is not reachable at ${REDIS_URL}: the fan-out tests need it and are skipped`)
      return
    }
    redis = new Redis(REDIS_URL)
  })

  afterAll(async () => {
    sockets.forEach((socket) => socket.close())
    gateways.forEach((child) => child.kill("SIGTERM"))
    await redis?.quit()
  })

  it("delivers an event emitted on one process to a client connected to the other, and from a worker", async () => {
    if (!available) return
    const [first, second] = await Promise.all([1, 2].map(() => spawnGateway({ jwtSecret: SECRET, redisUrl: REDIS_URL })))
    gateways.push(first.child, second.child)

    const customer = await connect(second.port, tokenFor("customer", "cus_fanout"))
    const staff = await connect(first.port, tokenFor("user", "user_fanout"))
    sockets.push(customer, staff)
    // The Redis adapter needs a moment to subscribe both processes.
    await new Promise((resolve) => setTimeout(resolve, 300))

    const viaProcess = next(customer, "order:updated")
    first.emit(["customer:cus_fanout"], "order:updated", { id: "order_1" })
    expect(await viaProcess).toEqual({ id: "order_1" })

    const viaWorker = next(staff, "booking:updated")
    new Emitter(redis).to("staff").emit("booking:updated", { id: "bkg_1" })
    expect(await viaWorker).toEqual({ id: "bkg_1" })
  })
})
