import { createLimiter } from "@tailoc/rate-limits"
import type { AuthLimitSettings } from "./settings"

/** Limit names, i.e. parts of the Redis keys, so tests can clear what they counted. */
export const AUTH_LIMIT_NAMES = {
  accountFailures: "auth-account-failures",
  accountLockouts: "auth-account-lockouts",
  ipFailures: "auth-ip-failures",
  resetAccount: "auth-reset-account",
  resetIp: "auth-reset-ip",
} as const

/** How long earlier lockouts count towards doubling the next one. */
const LOCKOUT_MEMORY_SECONDS = 24 * 60 * 60

export type AttemptOutcome = "failed" | "succeeded" | "not-checked"

export type Reservation =
  | { allowed: false; retryAfterSeconds: number; accountLocked: boolean }
  | { allowed: true; settle(outcome: AttemptOutcome): Promise<void> }

/** One account, however the customer typed the address. */
export function normaliseAccount(email: string): string {
  return email.trim().toLowerCase()
}

/**
 * Failed password attempts per account and per client address. An attempt is counted
 * before the password is checked, so a parallel burst cannot get more guesses than the
 * limit, and given back when it was refused or was not a failure: the counts are failures.
 */
export function createAuthLimits(settings: AuthLimitSettings) {
  const accountFailures = createLimiter({
    name: AUTH_LIMIT_NAMES.accountFailures,
    points: settings.loginMaxFailures,
    durationSeconds: settings.windowSeconds,
  })
  // Only a shared counter of lockouts: its `points` is never meant to be reached.
  const accountLockouts = createLimiter({
    name: AUTH_LIMIT_NAMES.accountLockouts,
    points: 1_000_000,
    durationSeconds: LOCKOUT_MEMORY_SECONDS,
  })
  const ipFailures = createLimiter({
    name: AUTH_LIMIT_NAMES.ipFailures,
    points: settings.ipMaxFailures,
    durationSeconds: settings.windowSeconds,
  })
  const resetAccount = createLimiter({
    name: AUTH_LIMIT_NAMES.resetAccount,
    points: settings.resetMaxPerAccount,
    durationSeconds: settings.resetWindowSeconds,
  })
  const resetIp = createLimiter({
    name: AUTH_LIMIT_NAMES.resetIp,
    points: settings.resetMaxPerIp,
    durationSeconds: settings.resetWindowSeconds,
  })

  // A negative cost gives a reserved attempt back.
  const giveBack = (limiter: typeof ipFailures, key: string) => limiter.consume(key, -1)

  /** Each lock of an account within a day lasts twice the one before. */
  async function lockAccount(account: string) {
    const { consumed: lockouts } = await accountLockouts.consume(account)
    const seconds = Math.min(settings.lockoutSeconds * 2 ** (lockouts - 1), settings.lockoutMaxSeconds)
    await accountFailures.block(account, seconds)
  }

  return {
    /** A password attempt on a login route: counts against the account, then the address. */
    async reserveLogin(address: string, account: string): Promise<Reservation> {
      const byAccount = await accountFailures.consume(account)
      if (!byAccount.allowed) {
        await giveBack(accountFailures, account)
        return { allowed: false, retryAfterSeconds: byAccount.retryAfterSeconds, accountLocked: true }
      }
      const byAddress = await ipFailures.consume(address)
      if (!byAddress.allowed) {
        await Promise.all([giveBack(accountFailures, account), giveBack(ipFailures, address)])
        return { allowed: false, retryAfterSeconds: byAddress.retryAfterSeconds, accountLocked: false }
      }
      return {
        allowed: true,
        async settle(outcome) {
          if (outcome === "failed") {
            if (byAccount.remaining === 0) await lockAccount(account)
            return
          }
          await giveBack(ipFailures, address)
          if (outcome === "succeeded") {
            await accountFailures.reset(account)
          } else {
            await giveBack(accountFailures, account)
          }
        },
      }
    },

    /** A registration: a refusal may tell that an address has an account, so failures count against the address. */
    async reserveRegistration(address: string): Promise<Reservation> {
      const byAddress = await ipFailures.consume(address)
      if (!byAddress.allowed) {
        await giveBack(ipFailures, address)
        return { allowed: false, retryAfterSeconds: byAddress.retryAfterSeconds, accountLocked: false }
      }
      return {
        allowed: true,
        async settle(outcome) {
          if (outcome !== "failed") await giveBack(ipFailures, address)
        },
      }
    },

    /** A password-reset request: every one sends an e-mail, so every one counts. */
    async consumeReset(address: string, account: string): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
      const byAddress = await resetIp.consume(address)
      if (!byAddress.allowed) return byAddress
      return resetAccount.consume(account)
    },
  }
}

export type AuthLimits = ReturnType<typeof createAuthLimits>
