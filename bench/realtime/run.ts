/**
 * Realtime delivery across two gateway processes sharing Redis: 5,000 connected sockets
 * (2,500 on each; BENCH_SOCKETS), events emitted on the first process to single customers'
 * rooms, timed from emit to arrival: p50/p99 latency at a steady 1,000 messages/s, then
 * delivered messages per second when one process emits as fast as it can, and each gateway
 * process's memory per socket. The clients run in this one process, which on a small machine
 * is the busiest of the three: its figures are an upper bound on the gateway's own latency.
 */
import { performance } from "node:perf_hooks"
import jwt from "jsonwebtoken"
import { Rooms, ServerEvents, type OrderEventPayload } from "@tailoc/realtime-contract"
import { io, type Socket } from "socket.io-client"
import { spawnGateway, type SpawnedGateway } from "../../plugins/realtime/src/modules/realtime/gateway/spawn"

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 5000)
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 5000)
const PACED_SECONDS = 3
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const SECRET = "bench-realtime-secret"
const log = (message: string) => console.log(`[bench] ${message}`)

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

/** The benchmark's order event: the contract's payload plus the time it was sent. */
type TimedOrder = OrderEventPayload & { sent_at: number }
const timedOrder = (index: number): TimedOrder => ({
  id: `order_${index}`,
  display_id: index,
  status: "pending",
  customer_id: null,
  currency_code: "vnd",
  event: "order.updated",
  sent_at: Date.now(),
})

async function main() {
  const gateways = await Promise.all([1, 2].map(() => spawnGateway({ jwtSecret: SECRET, redisUrl: REDIS_URL })))
  const latencies: number[] = []
  const sockets: Socket[] = []
  const idle = await Promise.all(gateways.map((gateway) => gateway.report()))

  const connectedAt = performance.now()
  for (let index = 0; index < SOCKETS; index++) {
    const { port } = gateways[index % 2]
    const token = jwt.sign({ actor_type: "customer", actor_id: `cus_bench_${index}` }, SECRET)
    const socket = io(`http://127.0.0.1:${port}`, { auth: { token }, transports: ["websocket"], reconnection: false })
    socket.on(ServerEvents.orderUpdated, (payload: TimedOrder) => latencies.push(Date.now() - payload.sent_at))
    sockets.push(socket)
  }
  await Promise.all(sockets.map((socket) => new Promise((resolve, reject) => {
    if (socket.connected) return resolve(null)
    socket.once(ServerEvents.connectionReady, resolve)
    socket.once("connect_error", reject)
  })))
  log(`${SOCKETS} sockets connected across 2 gateway processes in ${((performance.now() - connectedAt) / 1000).toFixed(1)} s`)
  await new Promise((resolve) => setTimeout(resolve, 500))
  await reportMemory(gateways, idle)

  let sent = 0
  const send = () => {
    gateways[0].emit([Rooms.customer(`cus_bench_${(sent * 7) % SOCKETS}`)], ServerEvents.orderUpdated, timedOrder(sent))
    sent++
  }
  const deliveredBy = async (count: number) => {
    const deadline = Date.now() + 60_000
    while (latencies.length < count) {
      if (Date.now() > deadline) throw new Error(`only ${latencies.length}/${count} delivered after 60 s`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  // Latency at a steady 1,000 messages/s, the shop's busiest imaginable minute: 10 every
  // 10 ms, on a schedule that catches up rather than drifts when a timer fires late. The first
  // second warms up (JIT, Redis connections) and is not counted.
  const pace = async (seconds: number) => {
    const pacedStart = Date.now()
    for (let tick = 1; tick <= seconds * 100; tick++) {
      for (let index = 0; index < 10; index++) send()
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, pacedStart + tick * 10 - Date.now())))
    }
    await deliveredBy(sent)
  }
  await pace(1)
  const warmUp = latencies.length
  await pace(PACED_SECONDS)
  const paced = latencies.slice(warmUp).sort((a, b) => a - b)
  log(`latency at 1,000 msg/s for ${PACED_SECONDS} s (${paced.length} messages, half crossing processes through Redis): p50 ${percentile(paced, 50)} ms · p99 ${percentile(paced, 99)} ms · max ${paced[paced.length - 1]} ms`)

  // Throughput: as fast as one process can emit.
  const before = latencies.length
  const startedAt = performance.now()
  for (let index = 0; index < MESSAGES; index++) {
    send()
    if (index % 500 === 499) await new Promise((resolve) => setImmediate(resolve))
  }
  await deliveredBy(before + MESSAGES)
  const seconds = (performance.now() - startedAt) / 1000
  log(`throughput ${(MESSAGES / seconds).toFixed(0)} delivered messages/s (${MESSAGES} messages in ${seconds.toFixed(2)} s)`)

  sockets.forEach((socket) => socket.close())
  gateways.forEach(({ child }) => child.kill("SIGTERM"))
}

/** Each gateway process's memory with its sockets, against the same process idle. */
async function reportMemory(gateways: SpawnedGateway[], idle: { rss: number; heap_used: number }[]) {
  const loaded = await Promise.all(gateways.map((gateway) => gateway.report()))
  loaded.forEach((report, index) => {
    const perSocket = (bytes: number) => (report.sockets ? `${(bytes / report.sockets / 1024).toFixed(1)} KB` : "n/a")
    log(
      `gateway ${index + 1}: ${report.sockets} sockets · rss ${megabytes(report.rss)} (idle ${megabytes(idle[index].rss)}) · ` +
        `per socket: rss ${perSocket(report.rss - idle[index].rss)}, heap ${perSocket(report.heap_used - idle[index].heap_used)}`
    )
  })
}

main().catch((error) => {
  console.error(`[bench] realtime failed: ${error.message}`)
  process.exit(1)
})
