// The ES module build sits beside the CommonJS one; this marks its folder as ESM for Node,
// Vite (Medusa Admin) and Next.js, which otherwise read `.js` by the package's default.
import { writeFileSync } from "node:fs"

writeFileSync(new URL("./dist/esm/package.json", import.meta.url), `${JSON.stringify({ type: "module" })}\n`)
