import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"
import { createInterface } from "node:readline"
import type { Room, ServerEventName, ServerEventPayloads } from "@tailoc/realtime-contract"
import type { GatewayReport } from "./standalone"

export type SpawnedGateway = {
  child: ChildProcess
  port: number
  /** Emits through this process, as its own server code would. */
  emit: <E extends ServerEventName>(rooms: Room[], event: E, payload: ServerEventPayloads[E]) => void
  /** The process's memory and how many sockets it holds. */
  report: () => Promise<GatewayReport>
}

/**
 * Starts standalone.ts as a process of its own on a free port, resolving once it listens:
 * how the fan-out test and the realtime benchmark run several gateways sharing Redis.
 */
export function spawnGateway({ jwtSecret, redisUrl }: { jwtSecret: string; redisUrl: string }): Promise<SpawnedGateway> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "standalone.ts")], {
    env: { ...process.env, REALTIME_PORT: "0", JWT_SECRET: jwtSecret, REDIS_URL: redisUrl },
    stdio: ["pipe", "pipe", "inherit"],
  })
  const reports: ((report: GatewayReport) => void)[] = []
  const send = (command: unknown) => child.stdin!.write(`${JSON.stringify(command)}\n`)
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`gateway exited with ${code} (is Redis running at ${redisUrl}?)`)))
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const message = JSON.parse(line) as { ready?: number; report?: GatewayReport }
      if (message.report) reports.shift()?.(message.report)
      if (message.ready === undefined) return
      resolve({
        child,
        port: message.ready,
        emit: (rooms, event, payload) => send({ rooms, event, payload }),
        report: () =>
          new Promise((resolveReport) => {
            reports.push(resolveReport)
            send({ report: true })
          }),
      })
    })
  })
}
