import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"

/**
 * What the route fuzz needs to know about our API, read from the source tree at test time so
 * a route someone adds tomorrow is fuzzed without touching the test: every `route.ts` under
 * `plugins/<name>/src/api` and `medusa-backend/src/api`, its exported methods, and the zod
 * schemas its `middlewares.ts` validates it with.
 */

const REPO = resolve(__dirname, "../../..")
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

export type Route = {
  /** Express form, e.g. /store/bookings/:id/cancel */
  path: string
  method: HttpMethod
  file: string
  bodySchema?: ZodLike
  querySchema?: ZodLike
}

/** The parts of a zod (v4) schema the fuzz reads: its definition and safeParse. */
export type ZodLike = { _zod: { def: Record<string, any> }; safeParse: (value: unknown) => { success: boolean } }

function apiRoots(): string[] {
  const plugins = readdirSync(join(REPO, "plugins")).map((name) => join(REPO, "plugins", name, "src/api"))
  return [...plugins, join(REPO, "medusa-backend/src/api")].filter((dir) => existsSync(dir))
}

/** Files under `dir` called `name`, or every file when `name` is empty. */
function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return filesNamed(full, name)
    return !name || entry.name === name ? [full] : []
  })
}

/** "/store/bookings/[id]/cancel/route.ts" → "/store/bookings/:id/cancel" */
function routePathOf(root: string, file: string): string {
  const segments = relative(root, dirname(file)).split(/[\\/]/)
  return "/" + segments.map((segment) => segment.replace(/^\[(\w+)\]$/, ":$1")).join("/")
}

function exportedMethods(source: string): HttpMethod[] {
  const found = new Set<HttpMethod>()
  const pattern = /export\s+(?:async\s+function|function|const|let)\s+(GET|POST|PUT|PATCH|DELETE)\b/g
  for (const match of source.matchAll(pattern)) found.add(match[1] as HttpMethod)
  return [...found]
}

type Validation = { matcher: string; methods: string[]; kind: "Body" | "Query"; schema: ZodLike }

/**
 * `{ matcher: "…", methods: [...], middlewares: [validateAndTransformBody(Name)] }` entries of
 * one middlewares.ts, with `Name` loaded from the module the file imports it from.
 */
function validationsIn(middlewaresFile: string): Validation[] {
  const source = readFileSync(middlewaresFile, "utf8")
  const modules = new Map<string, string>()
  for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(\.[^"]+)"/g)) {
    for (const name of match[1].split(",").map((part) => part.trim().split(/\s+as\s+/).pop()!).filter(Boolean)) {
      modules.set(name, resolve(dirname(middlewaresFile), match[2]))
    }
  }
  const validations: Validation[] = []
  const entry = /matcher:\s*"([^"]+)"\s*,\s*(?:methods:\s*\[([^\]]*)\]\s*,\s*)?middlewares:\s*\[([\s\S]*?)\]\s*,?\s*\}/g
  for (const match of source.matchAll(entry)) {
    const methods = (match[2] ?? "").match(/[A-Z]+/g) ?? [...HTTP_METHODS]
    for (const use of match[3].matchAll(/validateAndTransform(Body|Query)\(\s*(\w+)/g)) {
      const modulePath = modules.get(use[2])
      if (!modulePath) continue
      // The schema's module is only known once middlewares.ts has been read.
      const schema = require(modulePath)[use[2]] as ZodLike | undefined
      if (schema?._zod) validations.push({ matcher: match[1], methods, kind: use[1] as "Body" | "Query", schema })
    }
  }
  return validations
}

export function discoverRoutes(): Route[] {
  const routes: Route[] = []
  for (const root of apiRoots()) {
    // middlewares.ts, and the files of entries it spreads in (`...orderPrivacyRoutes`).
    const validations = filesNamed(root, "")
      .filter((file) => file.endsWith(".ts") && !file.endsWith("route.ts") && !file.includes("__tests__"))
      .filter((file) => readFileSync(file, "utf8").includes("validateAndTransform"))
      .flatMap(validationsIn)
    for (const file of filesNamed(root, "route.ts")) {
      const path = routePathOf(root, file)
      for (const method of exportedMethods(readFileSync(file, "utf8"))) {
        const applies = (kind: "Body" | "Query") =>
          validations.find((validation) => validation.kind === kind && validation.matcher === path && validation.methods.includes(method))?.schema
        routes.push({ path, method, file: relative(REPO, file), bodySchema: applies("Body"), querySchema: applies("Query") })
      }
    }
  }
  return routes
}

/** Unwraps optional/nullable/default wrappers down to the schema that says what a value is. */
function coreOf(schema: ZodLike): ZodLike {
  let current = schema
  while (["optional", "nullable", "default", "prefault", "readonly", "catch"].includes(current._zod.def.type)) {
    current = current._zod.def.innerType
  }
  if (current._zod.def.type === "pipe") return coreOf(current._zod.def.in)
  return current
}

export function shapeOf(schema: ZodLike): Record<string, ZodLike> {
  const core = coreOf(schema)
  return core._zod.def.type === "object" ? core._zod.def.shape : {}
}

const DAY = 86_400_000
/** 09:00 (or 11:00 for an end) in Ho Chi Minh City `days` from now, as the API's examples write it. */
function shopDateTime(days: number, end: boolean): string {
  const date = new Date(Date.now() + days * DAY).toISOString().slice(0, 10)
  return `${date}T${end ? "11" : "09"}:00:00+07:00`
}
const isEndField = (field: string) => /(^to$|end|until|_max$)/.test(field)

export type Samples = { ids: (field: string) => string | undefined }

/** A value `schema` accepts for `field`: an id we know, then common shapes of shop data. */
export function plausibleValue(field: string, schema: ZodLike, samples: Samples): unknown {
  const core = coreOf(schema)
  if (core._zod.def.type === "object") return plausibleObject(core, samples, true)
  const enumValues = core._zod.def.type === "enum" ? Object.values(core._zod.def.entries ?? {}) : []
  const candidates: unknown[] = [
    samples.ids(field),
    ...enumValues,
    "Thử nghiệm kiểm tra đầu vào",
    shopDateTime(isEndField(field) ? 10 : 3, isEndField(field)),
    shopDateTime(isEndField(field) ? 10 : 3, isEndField(field)).slice(0, 10),
    "vn-sg",
    "kiem-tra-dau-vao",
    "khach.kiemtra@example.vn",
    "0901234567",
    60,
    1,
    0,
    true,
    [],
  ].filter((candidate) => candidate !== undefined)
  return candidates.find((candidate) => schema.safeParse(candidate).success)
}

/** An object `schema` accepts: its required fields, plus optional ones we know an id for. */
export function plausibleObject(schema: ZodLike, samples: Samples, requiredOnly = true): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const [field, fieldSchema] of Object.entries(shapeOf(schema))) {
    const required = !fieldSchema.safeParse(undefined).success
    if (requiredOnly && !required && samples.ids(field) === undefined) continue
    const value = plausibleValue(field, fieldSchema, samples)
    if (value !== undefined) body[field] = value
  }
  return body
}

/** Fields whose values are dates or date-times, judged by what their schema accepts. */
export function dateFields(schema: ZodLike): string[] {
  return Object.entries(shapeOf(schema))
    .filter(([, fieldSchema]) => fieldSchema.safeParse("2030-01-07T09:00:00+07:00").success || fieldSchema.safeParse("2030-01-07").success)
    .filter(([, fieldSchema]) => !fieldSchema.safeParse("Thử nghiệm").success)
    .map(([field]) => field)
}

export const outOfRangeDate = (field: string, year: "0000" | "99999", dateOnly: boolean) =>
  dateOnly ? `${year}-01-${isEndField(field) ? "02" : "01"}` : `${year}-01-01T${isEndField(field) ? "02" : "00"}:00:00Z`
