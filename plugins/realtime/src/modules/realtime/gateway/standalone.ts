/**
 * The gateway as a process of its own (REALTIME_PORT, JWT_SECRET, REDIS_URL), for running
 * several behind a load balancer. It reads one JSON command per line on stdin and answers on
 * stdout: {"rooms": [...], "event": "...", "payload": {...}} emits (the fan-out tests and
 * benchmarks drive it that way); {"report": true} prints {"report": {sockets, rss, heap_used}}.
 * Prints {"ready": port} once listening.
 */
import { createInterface } from "node:readline"
import type { Room, ServerEventName, ServerEventPayloads } from "@tailoc/realtime-contract"
import { RealtimeGateway } from "./gateway"

export type GatewayReport = { sockets: number; rss: number; heap_used: number }

type Command = { report: true } | { rooms: Room[]; event: ServerEventName; payload: ServerEventPayloads[ServerEventName] }

const logger = {
  info: (message: string) => console.error(message),
  warn: (message: string) => console.error(message),
}

async function main() {
  const gateway = await RealtimeGateway.start({
    port: Number(process.env.REALTIME_PORT ?? 9001),
    jwtSecret: process.env.JWT_SECRET ?? "audio-tai-loc-dev-jwt-secret",
    redisUrl: process.env.REDIS_URL,
    corsOrigins: ["*"],
    logger,
    eventsPer10Seconds: Number(process.env.REALTIME_EVENTS_PER_10S ?? 40),
  })
  console.log(JSON.stringify({ ready: gateway.port }))

  createInterface({ input: process.stdin }).on("line", (line) => {
    let command: Command
    try {
      command = JSON.parse(line)
    } catch (error) {
      return logger.warn(`[realtime] ignored a command that is not JSON: ${(error as Error).message}`)
    }
    if ("report" in command) {
      const { rss, heapUsed } = process.memoryUsage()
      const report: GatewayReport = { sockets: gateway.localSocketCount, rss, heap_used: heapUsed }
      return console.log(JSON.stringify({ report }))
    }
    gateway.emit(command.rooms, command.event, command.payload)
  })

  const stop = async () => {
    await gateway.close()
    process.exit(0)
  }
  process.on("SIGTERM", stop)
  process.on("SIGINT", stop)
}

main().catch((error) => {
  console.error(`[realtime] the gateway could not start: ${error.message}`)
  process.exit(1)
})
