/**
 * `npm run dev`: the whole shop on one machine with no other step. PostgreSQL, Medusa
 * migrations and seed, Payload migrations, then Medusa (:9000, Admin at /app), the
 * storefront (:8000) and the CMS (:3000). Ctrl-C stops all of it.
 */
import { say, startStack } from "./stack.mjs"

let stack
const shutdown = async (code) => {
  await stack?.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  stack = await startStack()
} catch (error) {
  console.error(`[dev] ${error.message}`)
  process.exit(1)
}

for (const service of stack.services) {
  service.exited.then(({ code, signal }) => {
    if (stack.isStopping()) return
    console.error(`[dev] ${service.name} stopped (${signal ?? `exit code ${code}`}); stopping everything`)
    shutdown(code || 1)
  })
}

console.log(`
  Audio Tài Lộc is starting:
    Medusa API     http://localhost:9000/store/products
    Medusa Admin   http://localhost:9000/app   (${process.env.ADMIN_EMAIL || "admin@audiotailoc.vn"}, password printed by the seed above)
    Storefront     http://localhost:8000
    CMS (Payload)  http://localhost:3000/admin (create the first editor on the first visit)
  Ctrl-C stops everything${stack.database.embedded ? ", including the embedded PostgreSQL" : ""}.
`)
stack.ready().catch((error) => say(`warning: ${error.message}`))
