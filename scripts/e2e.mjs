/**
 * `npm run e2e`: brings the whole shop up as `npm run dev` does (Medusa, storefront, CMS,
 * seeds included), runs the Playwright specs in e2e/ against it in Debian's Chromium,
 * then stops everything whatever the outcome.
 */
import { readdirSync } from "node:fs"
import path from "node:path"
import { REPOSITORY_ROOT } from "@tailoc/dev-db"
import { run } from "./processes.mjs"
import { say, startStack } from "./stack.mjs"

const specs = readdirSync(path.join(REPOSITORY_ROOT, "e2e"))
  .filter((file) => file.endsWith(".spec.mjs"))
  .map((file) => path.join("e2e", file))

const stack = await startStack()
let code = 1
try {
  await stack.ready()
  say(`running ${specs.length} browser spec(s)`)
  code = await run("node", ["--test", "--test-concurrency=1", ...specs], { cwd: REPOSITORY_ROOT })
} catch (error) {
  console.error(`[e2e] ${error.message}`)
} finally {
  await stack.stop()
}
process.exit(code)
