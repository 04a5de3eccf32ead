/**
 * Realtime delivery across two gateway processes sharing Redis: 1,000 connected sockets
 * (500 on each), events emitted on the first process to single customers' rooms, timed from
 * emit to arrival: p50/p99 latency at a steady 1,000 messages/s, then delivered messages per
 * second when one process emits as fast as it can.
 */
import { performance } from "node:perf_hooks"
import jwt from "jsonwebtoken"
import { io, type Socket } from "socket.io-client"
import { spawnGateway } from "../../plugins/support/src/modules/support/realtime/spawn"

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 1000)
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 5000)
const PACED_SECONDS = 3
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const SECRET = "bench-realtime-secret"
const log = (message: string) => console.log(`[bench] ${message}`)

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function main() {
  const gateways = await Promise.all([1, 2].map(() => spawnGateway({ jwtSecret: SECRET, redisUrl: REDIS_URL })))
  const latencies: number[] = []
  const sockets: Socket[] = []

  const connectedAt = performance.now()
  for (let index = 0; index < SOCKETS; index++) {
    const { port } = gateways[index % 2]
    const token = jwt.sign({ actor_type: "customer", actor_id: `cus_bench_${index}` }, SECRET)
    const socket = io(`http://127.0.0.1:${port}`, { auth: { token }, transports: ["websocket"], reconnection: false })
    socket.on("order:updated", (payload: { sent_at: number }) => latencies.push(Date.now() - payload.sent_at))
    sockets.push(socket)
  }
  await Promise.all(sockets.map((socket) => new Promise((resolve, reject) => {
    if (socket.connected) return resolve(null)
    socket.once("connection:ready", resolve)
    socket.once("connect_error", reject)
  })))
  log(`${SOCKETS} sockets connected across 2 gateway processes in ${((performance.now() - connectedAt) / 1000).toFixed(1)} s`)
  await new Promise((resolve) => setTimeout(resolve, 500))

  let sent = 0
  const send = () => {
    gateways[0].emit([`customer:cus_bench_${(sent * 7) % SOCKETS}`], "order:updated", { id: `order_${sent}`, sent_at: Date.now() })
    sent++
  }
  const deliveredBy = async (count: number) => {
    const deadline = Date.now() + 60_000
    while (latencies.length < count) {
      if (Date.now() > deadline) throw new Error(`only ${latencies.length}/${count} delivered after 60 s`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  // Latency at a steady 1,000 messages/s, the shop's busiest imaginable minute.
  for (let second = 0; second < PACED_SECONDS; second++) {
    const tickStart = Date.now()
    for (let tick = 0; tick < 10; tick++) {
      for (let index = 0; index < 100; index++) send()
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, tickStart + (tick + 1) * 100 - Date.now())))
    }
  }
  await deliveredBy(sent)
  const paced = [...latencies].sort((a, b) => a - b)
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

main().catch((error) => {
  console.error(`[bench] realtime failed: ${error.message}`)
  process.exit(1)
})
