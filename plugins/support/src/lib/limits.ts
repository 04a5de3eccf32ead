import { createLimiter, type Limiter } from "@tailoc/rate-limits"

/** At most `points` per `durationSeconds`. */
export type Rate = { points: number; durationSeconds: number }

export type SupportLimitSettings = {
  guestTokensPerAddress: Rate
  guestRequestsPerAddress: Rate
  conversationsPerCustomer: Rate
  conversationsPerGuest: Rate
  guestConversationsPerAddress: Rate
  messagesPerConversation: Rate
  messagesPerAuthor: Rate
  /** Open or pending conversations one customer (or guest) may have at once. */
  maxOpenConversations: number
  /** A coalesced staff notification is pushed again at most once per this many seconds. */
  notificationWindowSeconds: number
}

/** Environment variable → setting and its default; the README's Security section lists them. */
const RATES = {
  SUPPORT_LIMIT_GUEST_TOKENS: ["guestTokensPerAddress", "5/10m"],
  SUPPORT_LIMIT_GUEST_REQUESTS: ["guestRequestsPerAddress", "120/1m"],
  SUPPORT_LIMIT_CONVERSATIONS_PER_CUSTOMER: ["conversationsPerCustomer", "5/1h"],
  SUPPORT_LIMIT_CONVERSATIONS_PER_GUEST: ["conversationsPerGuest", "3/1h"],
  SUPPORT_LIMIT_GUEST_CONVERSATIONS_PER_ADDRESS: ["guestConversationsPerAddress", "10/1h"],
  SUPPORT_LIMIT_MESSAGES_PER_CONVERSATION: ["messagesPerConversation", "20/1m"],
  SUPPORT_LIMIT_MESSAGES_PER_AUTHOR: ["messagesPerAuthor", "30/1m"],
} as const

const UNIT_SECONDS = { s: 1, m: 60, h: 3600 } as const

/** "20/1m" → 20 per 60 seconds; `null` when the text is not of that form. */
function parseRate(text: string): Rate | null {
  const match = /^(\d+)\/(\d*)([smh])$/.exec(text.replace(/\s+/g, ""))
  if (!match) return null
  const points = Number(match[1])
  const durationSeconds = Number(match[2] || 1) * UNIT_SECONDS[match[3] as keyof typeof UNIT_SECONDS]
  return points > 0 && durationSeconds > 0 ? { points, durationSeconds } : null
}

function parseCount(text: string): number | null {
  return /^\d+$/.test(text.trim()) && Number(text) > 0 ? Number(text) : null
}

/** Reads the support limits from the environment; a malformed value stops the start with a message naming it. */
export function readSupportLimits(env: Record<string, string | undefined> = process.env): SupportLimitSettings {
  const problems: string[] = []
  const settings: Partial<SupportLimitSettings> = {}
  for (const [name, [setting, fallback]] of Object.entries(RATES)) {
    const rate = parseRate(env[name] || fallback)
    if (!rate) problems.push(`${name} must look like "20/1m" (count / window in s, m or h), got "${env[name]}"`)
    else (settings as Record<string, Rate>)[setting] = rate
  }
  const maxOpen = parseCount(env.SUPPORT_MAX_OPEN_CONVERSATIONS || "10")
  if (!maxOpen) problems.push(`SUPPORT_MAX_OPEN_CONVERSATIONS must be a whole number above 0, got "${env.SUPPORT_MAX_OPEN_CONVERSATIONS}"`)
  const window = parseRate(`1/${env.SUPPORT_NOTIFICATION_WINDOW || "10m"}`)
  if (!window) problems.push(`SUPPORT_NOTIFICATION_WINDOW must be a duration such as "10m", got "${env.SUPPORT_NOTIFICATION_WINDOW}"`)
  if (problems.length) throw new Error(`Invalid support limits:\n  - ${problems.join("\n  - ")}`)
  return { ...(settings as SupportLimitSettings), maxOpenConversations: maxOpen!, notificationWindowSeconds: window!.durationSeconds }
}

/** Redis key names of the limiters: stable, since Redis keeps counting across restarts. */
const LIMITER_NAMES = {
  guestTokensPerAddress: "support-guest-token",
  guestRequestsPerAddress: "support-guest-request",
  conversationsPerCustomer: "support-conversation-customer",
  conversationsPerGuest: "support-conversation-guest",
  guestConversationsPerAddress: "support-conversation-guest-address",
  messagesPerConversation: "support-message-conversation",
  messagesPerAuthor: "support-message-author",
} as const

export type SupportLimiterName = keyof typeof LIMITER_NAMES

let settings: SupportLimitSettings | undefined
let limiters: Record<SupportLimiterName, Limiter> | undefined

/** The settings, read on first use (after the app has loaded its environment). */
export function supportLimitSettings(): SupportLimitSettings {
  settings ??= readSupportLimits()
  return settings
}

/** The limiters, created on first use: in Redis with REDIS_URL, so every process shares the counts. */
export function supportLimiters(): Record<SupportLimiterName, Limiter> {
  limiters ??= Object.fromEntries(
    Object.entries(LIMITER_NAMES).map(([setting, name]) => [setting, createLimiter({ name, ...supportLimitSettings()[setting as SupportLimiterName] })])
  ) as Record<SupportLimiterName, Limiter>
  return limiters
}
