import type { LoaderOptions } from "@medusajs/framework/types"
import { asValue } from "awilix"
import { RealtimeGateway } from "../realtime/gateway"

export type SupportModuleOptions = {
  jwtSecret?: string
  realtimePort?: number
  redisUrl?: string
  corsOrigins?: string[]
  /** MEDUSA_WORKER_MODE: a worker process runs no gateway and emits through Redis. */
  workerMode?: "shared" | "server" | "worker"
}

/**
 * Starts the realtime gateway in server and shared processes, once, and hands it to the
 * module's service. Workers start none.
 */
export default async function realtimeLoader({ container, options }: LoaderOptions<SupportModuleOptions>) {
  const logger = container.resolve("logger") as { info: (message: string) => void; warn: (message: string) => void }
  const workerMode = options?.workerMode ?? (process.env.MEDUSA_WORKER_MODE as SupportModuleOptions["workerMode"]) ?? "shared"
  if (workerMode === "worker") return
  if (!options?.jwtSecret) {
    logger.warn("[realtime] no jwtSecret in the support plugin's options; the gateway is not started")
    return
  }
  const port = options.realtimePort ?? Number(process.env.REALTIME_PORT ?? 9001)
  try {
    const gateway = await RealtimeGateway.start({
      port,
      jwtSecret: options.jwtSecret,
      redisUrl: options.redisUrl,
      corsOrigins: options.corsOrigins ?? ["http://localhost:8000", "http://localhost:9000"],
      logger,
    })
    container.register("realtimeGateway", asValue(gateway))
  } catch (error) {
    // A one-off command (medusa exec, a second server on one machine) must not die because
    // another process already serves the gateway on this port.
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error
    logger.warn(`[realtime] port ${port} is taken; this process runs no gateway and emits ${options.redisUrl ? "through Redis" : "nothing"}`)
  }
}
