import { spawn } from "node:child_process"
import net from "node:net"
import path from "node:path"

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export type MedusaProcess = {
  url: string
  /** The last 64 kB of the process's output. */
  output: () => string
  stop: () => Promise<void>
}

/**
 * Another Medusa process on the test's database (and Redis), as another container is in
 * production: `medusa start` from the sources of this app, on a free port. Resolves once it
 * answers /health.
 */
export async function startMedusaProcess({
  name,
  databaseUrl,
  env = {},
  timeoutMs = 240_000,
}: {
  name: string
  databaseUrl: string
  env?: Record<string, string>
  timeoutMs?: number
}): Promise<MedusaProcess> {
  const port = await freePort()
  const child = spawn("npx", ["medusa", "start"], {
    cwd: path.resolve(__dirname, "../.."),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      REALTIME_PORT: "0",
      DISABLE_MEDUSA_ADMIN: "true",
      ...env,
    },
  })
  let output = ""
  const keep = (chunk: Buffer) => (output = (output + chunk).slice(-65_536))
  child.stdout!.on("data", keep)
  child.stderr!.on("data", keep)
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    process.kill(-child.pid!, "SIGTERM")
    const killer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 10_000)
    await exited
    clearTimeout(killer)
  }

  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`)
    const healthy = await fetch(`${url}/health`).then((response) => response.ok, () => false)
    if (healthy) return { url, output: () => output, stop }
    await sleep(1000)
  }
  await stop()
  throw new Error(`${name} did not answer /health within ${timeoutMs / 1000} s:\n${output}`)
}
