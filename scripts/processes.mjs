/** Small helpers the root scripts share: run a command, prefix a long-running one's output. */
import { spawn } from "node:child_process"

/** Runs a command to completion with inherited output; resolves with its exit code. */
export function run(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: "inherit" })
    child.once("error", reject)
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/**
 * Starts a long-running command in its own process group, each output line prefixed
 * with its name, so that stop() ends it and every process it started.
 */
export function startService(name, command, args, { cwd, env, colour = 36 } = {}) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  const prefix = `\x1b[${colour}m${name.padEnd(10)}\x1b[0m│ `
  for (const stream of [child.stdout, child.stderr]) {
    let pending = ""
    stream.on("data", (chunk) => {
      pending += chunk
      const lines = pending.split("\n")
      pending = lines.pop()
      for (const line of lines) process.stdout.write(prefix + line + "\n")
    })
  }
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })))
  return {
    name,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {
        return
      }
      const timeout = new Promise((resolve) => setTimeout(resolve, 10_000, "timeout"))
      if ((await Promise.race([exited, timeout])) === "timeout") {
        try {
          process.kill(-child.pid, "SIGKILL")
        } catch {}
      }
    },
  }
}
