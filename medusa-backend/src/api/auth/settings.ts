/**
 * Limits on the password routes, read from the environment when the middlewares are
 * created (so tests can shorten them), with the defaults a shop needs in production.
 */
export type AuthLimitSettings = {
  /** Failed logins per account (e-mail) in one window before the account is locked. */
  loginMaxFailures: number
  /** Failed logins, registrations and password updates per client address in one window. */
  ipMaxFailures: number
  windowSeconds: number
  /** The first lock; each further lock within a day doubles it, up to `lockoutMaxSeconds`. */
  lockoutSeconds: number
  lockoutMaxSeconds: number
  /** Password-reset e-mails per account, and per client address, in one reset window. */
  resetMaxPerAccount: number
  resetMaxPerIp: number
  resetWindowSeconds: number
}

const SETTINGS: { [K in keyof AuthLimitSettings]: { name: string; fallback: number } } = {
  loginMaxFailures: { name: "AUTH_LOGIN_MAX_FAILURES", fallback: 5 },
  ipMaxFailures: { name: "AUTH_IP_MAX_FAILURES", fallback: 20 },
  windowSeconds: { name: "AUTH_WINDOW_SECONDS", fallback: 15 * 60 },
  lockoutSeconds: { name: "AUTH_LOCKOUT_SECONDS", fallback: 15 * 60 },
  lockoutMaxSeconds: { name: "AUTH_LOCKOUT_MAX_SECONDS", fallback: 24 * 60 * 60 },
  resetMaxPerAccount: { name: "AUTH_RESET_MAX_PER_ACCOUNT", fallback: 3 },
  resetMaxPerIp: { name: "AUTH_RESET_MAX_PER_IP", fallback: 10 },
  resetWindowSeconds: { name: "AUTH_RESET_WINDOW_SECONDS", fallback: 60 * 60 },
}

export function readAuthLimitSettings(env: Record<string, string | undefined> = process.env): AuthLimitSettings {
  const problems: string[] = []
  const settings = {} as AuthLimitSettings
  for (const [key, { name, fallback }] of Object.entries(SETTINGS) as [keyof AuthLimitSettings, { name: string; fallback: number }][]) {
    const raw = env[name]
    const value = raw === undefined || raw === "" ? fallback : Number(raw)
    if (!Number.isInteger(value) || value < 1) {
      problems.push(`${name} must be a whole number of at least 1, got "${raw}"`)
    }
    settings[key] = value
  }
  if (settings.lockoutMaxSeconds < settings.lockoutSeconds) {
    problems.push(`AUTH_LOCKOUT_MAX_SECONDS (${settings.lockoutMaxSeconds}) must not be shorter than AUTH_LOCKOUT_SECONDS (${settings.lockoutSeconds})`)
  }
  if (problems.length) {
    throw new Error(`Invalid login limits:\n  - ${problems.join("\n  - ")}`)
  }
  return settings
}
