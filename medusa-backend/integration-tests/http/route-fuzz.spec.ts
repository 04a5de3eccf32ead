import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedShop, type SeedSummary } from "../../src/seed"
import { DEMO_CUSTOMER } from "../../src/seed/data/booking"
import { loginAdmin, registerCustomer } from "../helpers/accounts"
import {
  dateFields,
  discoverRoutes,
  outOfRangeDate,
  plausibleObject,
  shapeOf,
  type HttpMethod,
  type Route,
  type Samples,
} from "../helpers/route-fuzz"

jest.setTimeout(240_000)

/**
 * Every store and admin route of our plugins and of the shop, found in the source tree, gets
 * malformed JSON, wrong types, NUL, bad percent-encoding, 1 MB strings, out-of-range dates and
 * ids that do not exist. Any answer ≥ 500 (or none at all) is a failure, listed in full.
 */

type Probe = { method: HttpMethod; url: string; kind: string; body?: unknown; raw?: string }
type Outcome = Probe & { status: number; message: string }

const ONE_MB = "x".repeat(1024 * 1024)
const NUL = "Xin chào\u0000"
const WRONG_TYPES: [string, unknown][] = [["number", 12345], ["array", ["a", 1]], ["object", { nested: "x" }], ["null", null], ["boolean", true]]
/** Field names tried on routes that validate nothing, where a handler may read anything. */
const COMMON_FIELDS = ["id", "body", "subject", "name", "email", "status", "reason", "starts_at", "ends_at", "from", "to", "limit", "offset", "q", "technician_id"]
const COMMON_QUERY_FIELDS = ["q", "limit", "offset", "status"]
const BAD_PARAMS: [string, string][] = [
  ["percent sign", "%"],
  ["truncated UTF-8 escape", "%E0%A4%A"],
  ["encoded NUL", "%00"],
  ["nonexistent id", "bkg_01JZZZZZZZZZZZZZZZZZZZZZZZ"],
  ["300-character id", "a".repeat(300)],
]
/** Medusa's own id routes: the same protection must hold there, from the shop's error handling. */
const MEDUSA_PROBES: Probe[] = [
  { method: "GET", url: "/store/products/%", kind: "Medusa route, percent sign in id" },
  { method: "GET", url: "/store/carts/%E0%A4%A", kind: "Medusa route, truncated UTF-8 escape in id" },
  { method: "GET", url: "/store/regions/%00", kind: "Medusa route, encoded NUL in id" },
  { method: "GET", url: "/admin/orders/%", kind: "Medusa route, percent sign in id" },
  { method: "GET", url: "/admin/products/%E0%A4%A", kind: "Medusa route, truncated UTF-8 escape in id" },
  { method: "GET", url: "/store/products?q=%00", kind: "Medusa route, NUL in query" },
  { method: "GET", url: "/admin/customers?created_at[$lt]=0000-01-01T00:00:00Z", kind: "Medusa route, year 0 in a date filter" },
  { method: "POST", url: "/store/carts", kind: "Medusa route, malformed JSON", raw: '{"region_id": ' },
  { method: "POST", url: "/store/customers/me", kind: "Medusa route, NUL in a name", body: { first_name: NUL } },
  { method: "POST", url: "/store/customers/me", kind: "Medusa route, 1 MB name", body: { first_name: ONE_MB } },
  { method: "POST", url: "/auth/customer/emailpass", kind: "Medusa route, malformed JSON", raw: "{email" },
  { method: "POST", url: "/auth/customer/emailpass", kind: "Medusa route, NUL in e-mail", body: { email: "a\u0000@example.vn", password: "x" } },
]

const queryString = (query: Record<string, unknown>) =>
  Object.entries(query)
    .flatMap(([key, value]) =>
      Array.isArray(value)
        ? value.map((item) => `${encodeURIComponent(key)}=${encodeURIComponent(String(item))}`)
        : [`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`]
    )
    .join("&")
const withQuery = (url: string, query: string) => (query ? `${url}?${query}` : url)

/** The probes for one route, its path parameters already replaced by real ids. */
function probesFor(route: Route, url: string, samples: Samples): Probe[] {
  const probes: Probe[] = []
  const { method } = route
  const hasBody = method !== "GET"
  const bodyFields = route.bodySchema ? Object.keys(shapeOf(route.bodySchema)) : COMMON_FIELDS
  const baseBody = route.bodySchema ? plausibleObject(route.bodySchema, samples) : {}
  const queryFields = route.querySchema ? Object.keys(shapeOf(route.querySchema)) : COMMON_QUERY_FIELDS
  const baseQuery = route.querySchema ? plausibleObject(route.querySchema, samples) : {}
  const baseUrl = withQuery(url, queryString(baseQuery))
  const body = hasBody ? baseBody : undefined

  probes.push({ method, url: baseUrl, kind: "plausible input", body })

  // Path parameters, one at a time, the others real.
  const params = route.path.split("/").map((segment, index) => ({ segment, index })).filter(({ segment }) => segment.startsWith(":"))
  for (const { segment, index } of params) {
    for (const [name, value] of BAD_PARAMS) {
      const parts = url.split("/")
      parts[index] = value
      probes.push({ method, url: withQuery(parts.join("/"), queryString(baseQuery)), kind: `${segment}: ${name}`, body })
    }
  }

  // Query values.
  probes.push({ method, url: withQuery(url, queryString({ ...baseQuery, ...Object.fromEntries(queryFields.map((field) => [field, NUL])) })), kind: "NUL in every query value", body })
  probes.push({ method, url: withQuery(url, queryString({ ...baseQuery, [queryFields[0]]: "x".repeat(8000) })), kind: `8 KB query value ${queryFields[0]}`, body })
  // Wrong query types where a query is read: a validated one, or any list route.
  for (const field of route.querySchema || !hasBody ? queryFields : []) {
    const rest = queryString(Object.fromEntries(Object.entries(baseQuery).filter(([key]) => key !== field)))
    for (const [name, raw] of [["array", `${field}[]=a&${field}[]=1`], ["object", `${field}[a][b]=1`], ["text", `${field}=abc`], ["negative", `${field}=-1`], ["empty", `${field}=`]]) {
      probes.push({ method, url: withQuery(url, [rest, raw].filter(Boolean).join("&")), kind: `query ${field} as ${name}`, body })
    }
  }
  if (route.querySchema) {
    const dates = dateFields(route.querySchema)
    for (const year of ["0000", "99999"] as const) {
      if (!dates.length) break
      const query = { ...baseQuery, ...Object.fromEntries(dates.map((field) => [field, outOfRangeDate(field, year, String(baseQuery[field] ?? "").length === 10)])) }
      probes.push({ method, url: withQuery(url, queryString(query)), kind: `query dates in year ${year}`, body })
    }
  }

  if (!hasBody) return probes

  // Bodies.
  for (const raw of ['{"body": "Xin chào",', "[1, 2]", '"Xin chào"', "null", "{"]) {
    probes.push({ method, url: baseUrl, kind: `malformed or non-object JSON ${raw.slice(0, 12)}`, raw })
  }
  probes.push({ method, url: baseUrl, kind: "empty object", body: {} })
  if (route.bodySchema) {
    for (const field of bodyFields) {
      for (const [name, value] of WRONG_TYPES) {
        probes.push({ method, url: baseUrl, kind: `body ${field} as ${name}`, body: { ...baseBody, [field]: value } })
      }
    }
  } else {
    // Nothing validates this body: every common field at once, one wrong type at a time.
    for (const [name, value] of WRONG_TYPES) {
      probes.push({ method, url: baseUrl, kind: `every common body field as ${name}`, body: Object.fromEntries(bodyFields.map((field) => [field, value])) })
    }
  }
  probes.push({ method, url: baseUrl, kind: "NUL in every body field", body: { ...baseBody, ...Object.fromEntries(bodyFields.map((field) => [field, NUL])) } })
  probes.push({ method, url: baseUrl, kind: "NUL in a nested string", body: { ...baseBody, [bodyFields[0]]: { inner: [NUL] } } })
  probes.push({ method, url: baseUrl, kind: "NUL in a field name", body: { ...baseBody, "na\u0000me": "x" } })
  probes.push({ method, url: baseUrl, kind: `1 MB string in ${bodyFields[0]}`, body: { ...baseBody, [bodyFields[0]]: ONE_MB } })
  if (route.bodySchema) {
    const dates = dateFields(route.bodySchema)
    for (const year of ["0000", "99999"] as const) {
      if (!dates.length) break
      const dated = Object.fromEntries(dates.map((field) => [field, outOfRangeDate(field, year, String(baseBody[field] ?? "").length === 10)]))
      probes.push({ method, url: baseUrl, kind: `body dates in year ${year}`, body: { ...baseBody, ...dated } })
    }
  }
  return probes
}

/** The first array of objects with ids anywhere in a response body. */
function firstIdIn(data: unknown, preferKey?: string): string | undefined {
  if (!data || typeof data !== "object") return undefined
  const entries = Object.entries(data as Record<string, unknown>)
  const ordered = preferKey ? [...entries.filter(([key]) => key.includes(preferKey)), ...entries] : entries
  for (const [, value] of ordered) {
    if (Array.isArray(value) && typeof value[0]?.id === "string") return value[0].id
  }
  for (const [, value] of ordered) {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const nested = firstIdIn(value, preferKey)
      if (nested) return nested
    }
  }
  return undefined
}

async function inBatches<T, R>(items: T[], concurrency: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await run(items[index])
      }
    })
  )
  return results
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    const headers: Record<"store" | "admin" | "auth", Record<string, string>> = { store: {}, admin: {}, auth: {} }
    const knownIds = new Map<string, string>()
    let customerId = ""
    let adminUserId = ""
    let guestToken = ""

    const headersFor = (url: string) => headers[url.startsWith("/admin") ? "admin" : url.startsWith("/auth") ? "auth" : "store"]

    async function send(probe: Probe): Promise<Outcome> {
      try {
        const response = await api.request({
          method: probe.method,
          url: probe.url,
          headers: { ...headersFor(probe.url), ...(probe.raw !== undefined ? { "content-type": "application/json" } : {}) },
          data: probe.raw ?? probe.body,
          transformRequest: probe.raw !== undefined ? [(data: unknown) => data] : undefined,
          validateStatus: () => true,
          maxBodyLength: Infinity,
          maxContentLength: Infinity,
        })
        return { ...probe, status: response.status, message: String(response.data?.message ?? "").slice(0, 300) }
      } catch (error) {
        const { code, message } = error as { code?: string; message?: string }
        return { ...probe, status: 0, message: `no response: ${code ?? message}` }
      }
    }

    const samples: Samples = {
      ids: (field) => {
        if (field === "customer_id") return customerId
        if (field === "user_id" || field === "assignee_id") return adminUserId
        if (field === "guest_token") return guestToken
        if (!field.endsWith("_id")) return undefined
        const noun = field.slice(0, -3)
        for (const [collection, id] of knownIds) if (collection.split("/").pop()!.includes(noun)) return id
        return undefined
      },
    }

    /** The first id a GET of `url` lists, if it answers 200. */
    async function listedId(url: string, preferKey?: string): Promise<string | undefined> {
      const response = await api.get(url, { headers: headersFor(url), validateStatus: () => true })
      return response.status === 200 ? firstIdIn(response.data, preferKey) : undefined
    }

    /** The URL of `route` with each path parameter replaced by a real id where one can be listed. */
    async function realUrlOf(route: Route): Promise<string> {
      const segments = route.path.split("/")
      for (let index = 0; index < segments.length; index++) {
        if (!segments[index].startsWith(":")) continue
        const collection = segments.slice(0, index).join("/")
        if (!knownIds.has(collection)) {
          let id = await listedId(collection)
          if (!id && index >= 2) {
            // e.g. /admin/technicians/:id/time-off: read the time off from the technician itself.
            id = await listedId(segments.slice(0, index - 1).join("/"), segments[index - 1].replace(/-/g, "_"))
          }
          knownIds.set(collection, id ?? "nonexistent_id")
        }
        segments[index] = knownIds.get(collection)!
      }
      return segments.join("/")
    }

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      headers.admin = (await loginAdmin(api, seeded)).headers
      const login = await api.post("/auth/customer/emailpass", { email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password }, { validateStatus: () => true })
      headers.store =
        login.status === 200
          ? { authorization: `Bearer ${login.data.token}`, "x-publishable-api-key": seeded.publishableKey }
          : (await registerCustomer(api, seeded.publishableKey, "fuzz@example.vn")).headers
      customerId = (await api.get("/store/customers/me", { headers: headers.store })).data.customer.id
      adminUserId = (await api.get("/admin/users/me", { headers: headers.admin })).data.user.id
      const guest = await api.post("/store/support/guest-token", {}, { headers: headers.store, validateStatus: () => true })
      guestToken = guest.data?.token ?? ""
      headers.store = { ...headers.store, "x-guest-token": guestToken }
    })

    it("answers no malformed input on any route with a server error", async () => {
      const startedAt = Date.now()
      const routes = discoverRoutes().filter((route) => /^\/(store|admin)\//.test(route.path))
      expect(routes.length).toBeGreaterThan(30)

      // Lists first, so bodies can name real ids; then one plausible create per collection.
      for (const route of routes.filter((candidate) => candidate.method === "GET" && !candidate.path.includes(":"))) {
        const id = await listedId(route.path)
        if (id) knownIds.set(route.path, id)
      }
      for (const route of routes.filter((candidate) => candidate.method === "POST" && !candidate.path.includes(":") && candidate.bodySchema)) {
        await send({ method: "POST", url: route.path, kind: "create a sample", body: plausibleObject(route.bodySchema!, samples) })
      }

      const probes: Probe[] = []
      // Reads before writes, deletions last, so later probes still find the records they need.
      const order: HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"]
      for (const route of [...routes].sort((a, b) => order.indexOf(a.method) - order.indexOf(b.method))) {
        probes.push(...probesFor(route, await realUrlOf(route), samples))
      }
      probes.push(...MEDUSA_PROBES)

      const outcomes: Outcome[] = []
      for (const method of order) {
        outcomes.push(...(await inBatches(probes.filter((probe) => probe.method === method), 4, send)))
      }

      const failures = outcomes.filter((outcome) => outcome.status >= 500 || outcome.status === 0)
      const byStatus = outcomes.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {})
      console.log(
        `route fuzz: ${routes.length} routes (${routes.filter((route) => route.bodySchema || route.querySchema).length} with a zod schema), ${outcomes.length} requests in ${((Date.now() - startedAt) / 1000).toFixed(1)} s; statuses ${JSON.stringify(byStatus)}` +
          (failures.length
            ? `\n${failures.length} server errors:\n` +
              failures.map((f) => `  ${f.status} ${f.method} ${f.url.slice(0, 160)} [${f.kind}] ${f.message}`).join("\n")
            : "")
      )
      expect(failures.map((f) => `${f.status} ${f.method} ${f.url.slice(0, 160)} [${f.kind}] ${f.message}`)).toEqual([])
    })
  },
})
