import { randomUUID } from "node:crypto"
import { readSupportLimits } from "../limits"

// `npm test` sets TEST_REDIS_URL when a Redis answers. Without one the shared-count test is
// reported as skipped, never as passed, and says so loudly.
const REDIS_URL = process.env.TEST_REDIS_URL
const itWithRedis = REDIS_URL ? it : it.skip
if (!REDIS_URL) {
  console.warn(
    "WARNING: TEST_REDIS_URL is not set, so the test that two processes share the support limits through Redis did NOT run " +
      "(reported as skipped). Set TEST_REDIS_URL=redis://127.0.0.1:6379 to run it."
  )
}

describe("support limit settings", () => {
  it("has the documented defaults", () => {
    expect(readSupportLimits({})).toEqual({
      guestTokensPerAddress: { points: 5, durationSeconds: 600 },
      guestRequestsPerAddress: { points: 120, durationSeconds: 60 },
      conversationsPerCustomer: { points: 5, durationSeconds: 3600 },
      conversationsPerGuest: { points: 3, durationSeconds: 3600 },
      guestConversationsPerAddress: { points: 10, durationSeconds: 3600 },
      messagesPerConversation: { points: 20, durationSeconds: 60 },
      messagesPerAuthor: { points: 30, durationSeconds: 60 },
      maxOpenConversations: 10,
      notificationWindowSeconds: 600,
    })
  })

  it("reads count/window values and names every malformed one", () => {
    expect(readSupportLimits({ SUPPORT_LIMIT_MESSAGES_PER_CONVERSATION: "50 / 30s", SUPPORT_NOTIFICATION_WINDOW: "2h" })).toMatchObject({
      messagesPerConversation: { points: 50, durationSeconds: 30 },
      notificationWindowSeconds: 7200,
    })
    expect(() =>
      readSupportLimits({ SUPPORT_LIMIT_GUEST_TOKENS: "5 per 10 minutes", SUPPORT_MAX_OPEN_CONVERSATIONS: "0", SUPPORT_NOTIFICATION_WINDOW: "0m" })
    ).toThrow(
      'Invalid support limits:\n  - SUPPORT_LIMIT_GUEST_TOKENS must look like "20/1m" (count / window in s, m or h), got "5 per 10 minutes"' +
        '\n  - SUPPORT_MAX_OPEN_CONVERSATIONS must be a whole number above 0, got "0"' +
        '\n  - SUPPORT_NOTIFICATION_WINDOW must be a duration such as "10m", got "0m"'
    )
  })

  itWithRedis("counts in Redis, so two processes share one limit", async () => {
    // Two copies of the plugin's limits and of @tailoc/rate-limits, each with its own Redis
    // connection, stand for two Medusa processes.
    const load = () => {
      let copy: { limits: typeof import("../limits"); rateLimits: typeof import("@tailoc/rate-limits") } | undefined
      jest.isolateModules(() => {
        copy = { limits: require("../limits"), rateLimits: require("@tailoc/rate-limits") }
      })
      copy!.rateLimits.configureRateLimits({ redisUrl: REDIS_URL })
      return copy!
    }
    const [first, second] = [load(), load()]
    const address = `test-${randomUUID()}`
    try {
      const verdicts: { allowed: boolean }[] = []
      for (const copy of [first, second, first, second, first, second]) {
        verdicts.push(await copy.limits.supportLimiters().guestTokensPerAddress.consume(address))
      }
      expect(first.limits.supportLimiters().guestTokensPerAddress.shared).toBe(true)
      expect(verdicts.map((verdict) => verdict.allowed)).toEqual([true, true, true, true, true, false])
    } finally {
      await first.limits.supportLimiters().guestTokensPerAddress.reset(address)
      await Promise.all([first.rateLimits.closeRateLimits(), second.rateLimits.closeRateLimits()])
    }
  })
})
