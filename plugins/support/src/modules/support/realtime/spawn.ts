import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"

export type SpawnedGateway = {
  child: ChildProcess
  port: number
  /** Emits through this process, as its own server code would. */
  emit: (rooms: string[], event: string, payload: unknown) => void
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
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`gateway exited with ${code} (is Redis running at ${redisUrl}?)`)))
    child.stdout!.on("data", (chunk) => {
      const ready = String(chunk).match(/\{"ready":(\d+)\}/)
      if (!ready) return
      resolve({
        child,
        port: Number(ready[1]),
        emit: (rooms, event, payload) => child.stdin!.write(`${JSON.stringify({ rooms, event, payload })}\n`),
      })
    })
  })
}
