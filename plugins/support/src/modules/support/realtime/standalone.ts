/**
 * The gateway as a process of its own (REALTIME_PORT, JWT_SECRET, REDIS_URL), for running
 * several behind a load balancer. It reads one JSON command per line on stdin,
 * {"rooms": [...], "event": "...", "payload": {...}}, and emits it: the fan-out tests and
 * benchmarks drive it that way. Prints {"ready": port} once listening.
 */
import { createInterface } from "node:readline"
import { RealtimeGateway } from "./gateway"

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
    try {
      const command = JSON.parse(line) as {
        rooms: string[]
        event: string
        payload: unknown
      }
      gateway.emit(command.rooms, command.event, command.payload)
    } catch (error) {
      logger.warn(`[realtime] ignored a command that is not JSON: ${(error as Error).message}`)
    }
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
