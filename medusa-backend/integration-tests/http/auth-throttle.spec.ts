import { performance } from "node:perf_hooks"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { configureRateLimits, createLimiter } from "@tailoc/rate-limits"
import { AUTH_LIMIT_NAMES } from "../../src/api/auth/limits"
import { seedShop, type SeedSummary } from "../../src/seed"
import { registerCustomer } from "../helpers/accounts"
import { startMedusaProcess } from "../helpers/medusa-process"

jest.setTimeout(300_000)

// Short limits, read when the app's middlewares are created, so locks expire within the test.
const LIMITS = {
  AUTH_LOGIN_MAX_FAILURES: "3",
  AUTH_IP_MAX_FAILURES: "8",
  AUTH_LOCKOUT_SECONDS: "2",
  AUTH_LOCKOUT_MAX_SECONDS: "60",
  AUTH_RESET_MAX_PER_ACCOUNT: "2",
}
Object.assign(process.env, LIMITS)

// With TEST_REDIS_URL the app under test counts in Redis, as a second process will.
const redisUrl = process.env.TEST_REDIS_URL
const behindProxy = () => configureRateLimits({ redisUrl, trustedProxies: ["loopback"] })
behindProxy()

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
const runOctets = `${10 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250)}`
let addressCount = 0
/** A client address of its own for each scenario (the app trusts the loopback proxy). */
const newClient = () => ({ "x-forwarded-for": `10.${runOctets}.${++addressCount}` })
const newEmail = (who: string) => `${who}-${run}@vi-du.vn`

const PASSWORD = "MatKhau@123"
const LOGIN_FAILED_VI = "E-mail hoặc mật khẩu không đúng."

type Answer = { status: number; body: any; retryAfter?: number }
type Post = (route: string, body: unknown, headers?: Record<string, string>) => Promise<Answer>

function fetchPoster(baseUrl: string): Post {
  return async (route, body, headers = {}) => {
    const response = await fetch(`${baseUrl}${route}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    })
    const text = await response.text()
    const retryAfter = response.headers.get("retry-after")
    return { status: response.status, body: text ? JSON.parse(text) : undefined, retryAfter: retryAfter ? Number(retryAfter) : undefined }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const statuses = (answers: Answer[]) => answers.map((answer) => answer.status)
const count = (answers: Answer[], status: number) => answers.filter((answer) => answer.status === status).length

async function timed(post: Post, route: string, body: unknown, headers?: Record<string, string>) {
  const started = performance.now()
  const answer = await post(route, body, headers)
  return { answer, ms: performance.now() - started }
}

/** A second Medusa server on the same database and Redis, as a second container in production. */
const startSecondMedusa = (databaseUrl: string, redis: string) =>
  startMedusaProcess({ name: "the second Medusa", databaseUrl, env: { ...LIMITS, REDIS_URL: redis, TRUSTED_PROXIES: "loopback" } })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let seeded: SeedSummary
    const post: Post = async (route, body, headers = {}) => {
      const response = await api.post(route, body, { headers, validateStatus: () => true })
      const retryAfter = response.headers["retry-after"]
      return { status: response.status, body: response.data, retryAfter: retryAfter ? Number(retryAfter) : undefined }
    }
    const customerLogin = (email: string, password: string, headers?: Record<string, string>) =>
      post("/auth/customer/emailpass", { email, password }, headers)

    async function newCustomer(who: string) {
      const email = newEmail(who)
      await registerCustomer(api, seeded.publishableKey, email)
      return email
    }

    beforeAll(async () => {
      if (redisUrl) {
        // Counts of earlier runs live on in Redis: start this run's loopback address from zero.
        const byAddress = createLimiter({ name: AUTH_LIMIT_NAMES.ipFailures, points: 1, durationSeconds: 1 })
        await Promise.all(["127.0.0.1", "::1"].map((address) => byAddress.reset(address)))
      }
      seeded = await seedShop(getContainer())
    })

    describe("customer login, one account", () => {
      it("refuses even the right password after 3 wrong ones in a row, in the caller's language, until the lock expires", async () => {
        const email = await newCustomer("lien-tiep")
        const client = newClient()

        for (let i = 0; i < 3; i++) {
          const wrong = await customerLogin(email, `sai-${i}`, client)
          expect(wrong).toMatchObject({ status: 401, body: { message: LOGIN_FAILED_VI } })
        }
        const locked = await customerLogin(email, PASSWORD, client)
        expect(locked.status).toBe(429)
        expect(locked.retryAfter).toBeGreaterThanOrEqual(1)
        expect(locked.retryAfter).toBeLessThanOrEqual(2)
        expect(locked.body.message).toMatch(/Tài khoản tạm thời bị khoá đăng nhập.*Vui lòng thử lại sau \d+ giây/)
        const english = await customerLogin(email, PASSWORD, { ...client, "accept-language": "en-US,en;q=0.9" })
        expect(english.status).toBe(429)
        expect(english.body.message).toMatch(/Too many wrong passwords for this account\. Please try again in \d+ seconds/)

        // The same account is locked from any address, with the e-mail typed differently.
        const elsewhere = await customerLogin(`  ${email.toUpperCase()} `, PASSWORD, newClient())
        expect(elsewhere.status).toBe(429)

        await sleep(locked.retryAfter! * 1000 + 200)
        const afterLock = await customerLogin(email, PASSWORD, client)
        expect(afterLock.status).toBe(200)
        expect(afterLock.body.token).toEqual(expect.any(String))
      })

      it("lets a parallel burst of 20 wrong passwords check only 3, then doubles the next lock", async () => {
        const email = await newCustomer("dong-loat")
        const client = newClient()

        const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => customerLogin(email, `sai-${i}`, client)))
        expect(count(burst, 401)).toBe(3)
        expect(count(burst, 429)).toBe(17)
        expect((await customerLogin(email, PASSWORD, client)).status).toBe(429)

        await sleep(2_200)
        for (let i = 0; i < 3; i++) {
          expect((await customerLogin(email, `lan-hai-${i}`, client)).status).toBe(401)
        }
        const secondLock = await customerLogin(email, PASSWORD, client)
        expect(secondLock.status).toBe(429)
        expect(secondLock.retryAfter).toBeGreaterThan(2)
        expect(secondLock.retryAfter).toBeLessThanOrEqual(4)

        await sleep(secondLock.retryAfter! * 1000 + 200)
        expect((await customerLogin(email, PASSWORD, client)).status).toBe(200)
      })

      it("forgets the failures of an account once its owner logs in", async () => {
        const email = await newCustomer("dang-nhap-lai")
        const client = newClient()
        for (const round of [1, 2]) {
          expect(statuses([await customerLogin(email, `sai-${round}a`, client), await customerLogin(email, `sai-${round}b`, client)])).toEqual([401, 401])
          expect((await customerLogin(email, PASSWORD, client)).status).toBe(200)
        }
      })
    })

    describe("staff login", () => {
      it("locks the admin account after 3 wrong passwords, serial or parallel, and accepts it after the lock", async () => {
        const { email, password } = seeded.admin
        const client = newClient()
        const staffLogin = (attempt: string) => post("/auth/user/emailpass", { email, password: attempt }, client)

        const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => staffLogin(`sai-${i}`)))
        expect(count(burst, 401)).toBe(3)
        expect(count(burst, 429)).toBe(7)
        const locked = await staffLogin(password)
        expect(locked.status).toBe(429)

        await sleep(locked.retryAfter! * 1000 + 200)
        expect((await staffLogin(password)).status).toBe(200)
      })
    })

    describe("unknown and known e-mails", () => {
      it("answer a wrong password with the same status, body and time", async () => {
        const known = await newCustomer("co-that")
        const knownTimes: number[] = []
        const unknownTimes: number[] = []
        let knownAnswer: Answer | undefined
        let unknownAnswer: Answer | undefined

        for (let i = 0; i < 20; i++) {
          const wrong = await timed(post, "/auth/customer/emailpass", { email: known, password: `sai-${i}` }, newClient())
          knownTimes.push(wrong.ms)
          knownAnswer = wrong.answer
          // The owner logs in between two tries, so the account never locks during the measure.
          expect((await customerLogin(known, PASSWORD, newClient())).status).toBe(200)

          const unknown = await timed(post, "/auth/customer/emailpass", { email: newEmail(`khong-co-${i}`), password: `sai-${i}` }, newClient())
          unknownTimes.push(unknown.ms)
          unknownAnswer = unknown.answer
        }

        expect(unknownAnswer).toEqual(knownAnswer)
        expect(knownAnswer).toMatchObject({ status: 401, body: { type: "unauthorized", message: LOGIN_FAILED_VI } })
        const knownMs = median(knownTimes)
        const unknownMs = median(unknownTimes)
        console.log(`[auth-throttle] wrong password, median of 20: known e-mail ${knownMs.toFixed(1)} ms, unknown e-mail ${unknownMs.toFixed(1)} ms`)
        // Without the equal work an unknown e-mail answered in ~6 ms against ~87 ms.
        expect(unknownMs).toBeGreaterThan(knownMs * 0.6)
        expect(unknownMs).toBeLessThan(knownMs * 1.6)
      })

      it("are locked alike, so a lock does not tell that an account exists", async () => {
        const known = await newCustomer("khoa-co-that")
        const unknown = newEmail("khoa-khong-co")
        const answers = async (email: string) => {
          const client = newClient()
          const all: Answer[] = []
          for (let i = 0; i < 4; i++) all.push(await customerLogin(email, `sai-${i}`, client))
          return all.map(({ status, body }) => ({ status, body: { ...body, message: body.message.replace(/\d+/g, "N") } }))
        }
        const forKnown = await answers(known)
        expect(forKnown.map((answer) => answer.status)).toEqual([401, 401, 401, 429])
        expect((await answers(unknown)).map(({ status, body }) => ({ status, body: { ...body, retry_after: undefined } }))).toEqual(
          forKnown.map(({ status, body }) => ({ status, body: { ...body, retry_after: undefined } }))
        )
      })
    })

    describe("registration", () => {
      it("refuses an address that has an account without saying so, after the same work as a new one", async () => {
        const existing = await newCustomer("da-dang-ky")
        const refusal = await post("/auth/customer/emailpass/register", { email: existing, password: "KhacHan@456" }, newClient())
        expect(refusal.status).toBe(401)
        expect(refusal.body.message).toBe(
          "Không thể tạo tài khoản với e-mail này. Nếu bạn đã đăng ký trước đây, hãy đăng nhập hoặc dùng “Quên mật khẩu”."
        )
        expect(JSON.stringify(refusal.body)).not.toMatch(/exist|tồn tại|identity/i)

        const existingTimes: number[] = []
        const newTimes: number[] = []
        for (let i = 0; i < 5; i++) {
          existingTimes.push((await timed(post, "/auth/customer/emailpass/register", { email: existing, password: `Khac@${i}` }, newClient())).ms)
          newTimes.push((await timed(post, "/auth/customer/emailpass/register", { email: newEmail(`moi-${i}`), password: PASSWORD }, newClient())).ms)
        }
        console.log(`[auth-throttle] registration, median of 5: existing address ${median(existingTimes).toFixed(1)} ms, new address ${median(newTimes).toFixed(1)} ms`)
        expect(median(existingTimes)).toBeGreaterThan(median(newTimes) * 0.5)
      })

      it("asks for e-mail and password when one is missing", async () => {
        const answer = await post("/auth/customer/emailpass/register", { email: newEmail("thieu") }, newClient())
        expect(answer).toMatchObject({ status: 400, body: { message: "Vui lòng nhập e-mail và mật khẩu." } })
      })
    })

    describe("password reset", () => {
      it("sends at most 2 reset e-mails per account in the window, for known and unknown addresses alike", async () => {
        const known = await newCustomer("quen-mat-khau")
        for (const identifier of [known, newEmail("quen-khong-co")]) {
          const client = newClient()
          const reset = () => post("/auth/customer/emailpass/reset-password", { identifier }, client)
          expect(statuses([await reset(), await reset()])).toEqual([201, 201])
          const refused = await reset()
          expect(refused.status).toBe(429)
          expect(refused.body.message).toMatch(/yêu cầu đặt lại mật khẩu quá nhiều lần/)
        }
      })
    })

    describe("with Redis, across two Medusa processes", () => {
      if (!redisUrl) {
        console.warn("\n[auth-throttle] WARNING: TEST_REDIS_URL is not set: the two-process login-limit test did NOT run (SKIPPED)\n")
        it.skip("TEST_REDIS_URL is not set: limits shared by two Medusa processes were NOT tested", () => {})
        return
      }
      let second: Awaited<ReturnType<typeof startSecondMedusa>> | undefined
      let postToSecond: Post

      beforeAll(async () => {
        second = await startSecondMedusa(dbConfig.clientUrl, redisUrl)
        postToSecond = fetchPoster(second.url)
      })
      afterAll(async () => {
        await second?.stop()
      })

      it("counts wrong passwords sent to either process against one account limit", async () => {
        const email = await newCustomer("hai-may")
        const client = newClient()
        const login = (to: Post, password: string) => to("/auth/customer/emailpass", { email, password }, client)

        expect(statuses([await login(post, "sai-1"), await login(postToSecond, "sai-2"), await login(post, "sai-3")])).toEqual([401, 401, 401])
        expect((await login(postToSecond, PASSWORD)).status).toBe(429)
        expect((await login(post, PASSWORD)).status).toBe(429)
      })

      it("lets a burst split over both processes check only 3 passwords", async () => {
        const email = await newCustomer("hai-may-dong-loat")
        const client = newClient()
        const burst = await Promise.all(
          Array.from({ length: 20 }, (_, i) => (i % 2 ? post : postToSecond)("/auth/customer/emailpass", { email, password: `sai-${i}` }, client))
        )
        expect(count(burst, 401)).toBe(3)
        expect(count(burst, 429)).toBe(17)
      })
    })

    describe("per client address", () => {
      it("behind the trusted proxy, refuses an address after 8 failures over many accounts, whatever it prepends to X-Forwarded-For", async () => {
        const client = newClient()
        for (let i = 0; i < 8; i++) {
          expect((await customerLogin(newEmail(`rai-${i}`), "sai", client)).status).toBe(401)
        }
        const refused = await customerLogin(newEmail("rai-9"), "sai", client)
        expect(refused.status).toBe(429)
        expect(refused.body.message).toMatch(/từ mạng của bạn/)

        // A forged first hop does not change the hop the proxy appended.
        const forged = { "x-forwarded-for": `203.0.113.77, ${client["x-forwarded-for"]}` }
        expect((await customerLogin(newEmail("rai-10"), "sai", forged)).status).toBe(429)
        expect((await customerLogin(newEmail("rai-11"), "sai", newClient())).status).toBe(401)
      })

      // Last: it leaves the loopback address refused, and the helpers register from it.
      it("with no trusted proxy, ignores X-Forwarded-For and counts the connection's address", async () => {
        configureRateLimits({ redisUrl, trustedProxies: [] })
        try {
          const answers: Answer[] = []
          for (let i = 0; i < 10; i++) {
            answers.push(await customerLogin(newEmail(`gia-mao-${i}`), "sai", { "x-forwarded-for": `198.51.100.${i}` }))
          }
          expect(statuses(answers)).toEqual([...Array(8).fill(401), 429, 429])
        } finally {
          behindProxy()
        }
      })
    })
  },
})
