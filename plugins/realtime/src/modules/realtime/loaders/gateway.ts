import type { LoaderOptions } from "@medusajs/framework/types"
import { asValue } from "awilix"
import { RealtimeGateway } from "../gateway/gateway"
import { RoomKindRegistry } from "../gateway/rooms"

export type RealtimeModuleOptions = {
  jwtSecret?: string
  /** REALTIME_PORT by default, then 9001; 0 picks a free port (tests). */
  port?: number
  redisUrl?: string
  corsOrigins?: string[]
  /** MEDUSA_WORKER_MODE: a worker process runs no gateway and emits through Redis. */
  workerMode?: "shared" | "server" | "worker"
  /** Events a socket may send per 10 seconds (default 40). */
  eventsPer10Seconds?: number
}

/**
 * Starts the gateway in server and shared processes, once, and hands it to the module's
 * service with the registry of room kinds other modules govern. Workers start none.
 */
export default async function gatewayLoader({ container, options }: LoaderOptions<RealtimeModuleOptions>) {
  const rooms = new RoomKindRegistry()
  container.register("realtimeRooms", asValue(rooms))
  const logger = container.resolve("logger") as { info: (message: string) => void; warn: (message: string) => void }
  const workerMode = options?.workerMode ?? (process.env.MEDUSA_WORKER_MODE as RealtimeModuleOptions["workerMode"]) ?? "shared"
  if (workerMode === "worker") return
  if (!options?.jwtSecret) {
    logger.warn("[realtime] no jwtSecret in the realtime plugin's options; the gateway is not started")
    return
  }
  const port = options.port ?? Number(process.env.REALTIME_PORT ?? 9001)
  try {
    const gateway = await RealtimeGateway.start({
      port,
      jwtSecret: options.jwtSecret,
      redisUrl: options.redisUrl,
      corsOrigins: options.corsOrigins ?? ["http://localhost:8000", "http://localhost:9000"],
      eventsPer10Seconds: options.eventsPer10Seconds,
      logger,
      rooms,
    })
    container.register("realtimeGateway", asValue(gateway))
  } catch (error) {
    // A one-off command (medusa exec, a second server on one machine) must not die because
    // another process already serves the gateway on this port.
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error
    logger.warn(`[realtime] port ${port} is taken; this process runs no gateway and emits ${options.redisUrl ? "through Redis" : "nothing"}`)
  }
}
