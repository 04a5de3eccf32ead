import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { clientAddress, sendTooManyRequests, type TooManyRequestsMessage } from "@tailoc/rate-limits"
import { languageOf, localized } from "@tailoc/shop-locale"
import { equaliseLogin, equaliseRegistration } from "./equal-work"
import { createAuthLimits, normaliseAccount, type AttemptOutcome, type AuthLimits, type Reservation } from "./limits"
import { readAuthLimitSettings, type AuthLimitSettings } from "./settings"

const PROVIDER = "emailpass"

const MESSAGES = {
  missingCredentials: { vi: "Vui lòng nhập e-mail và mật khẩu.", en: "Please enter your e-mail and password." },
  loginFailed: { vi: "E-mail hoặc mật khẩu không đúng.", en: "The e-mail or password is incorrect." },
  registrationRefused: {
    vi: "Không thể tạo tài khoản với e-mail này. Nếu bạn đã đăng ký trước đây, hãy đăng nhập hoặc dùng “Quên mật khẩu”.",
    en: "We could not create an account with this e-mail. If you have registered before, log in or use “Forgot password”.",
  },
}

const accountLocked: TooManyRequestsMessage = ({ english, wait }) =>
  english
    ? `Too many wrong passwords for this account. Please try again in ${wait}, or reset your password.`
    : `Tài khoản tạm thời bị khoá đăng nhập vì nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${wait} hoặc đặt lại mật khẩu.`

const addressLimited: TooManyRequestsMessage = ({ english, wait }) =>
  english
    ? `Too many failed attempts from your network. Please try again in ${wait}.`
    : `Có quá nhiều lần đăng nhập không thành công từ mạng của bạn. Vui lòng thử lại sau ${wait}.`

const resetLimited: TooManyRequestsMessage = ({ english, wait }) =>
  english
    ? `Too many password reset requests. Please try again in ${wait}.`
    : `Bạn đã yêu cầu đặt lại mật khẩu quá nhiều lần. Vui lòng thử lại sau ${wait}.`

type Credentials = { email: string; password: string }

function credentialsOf(body: unknown): Credentials | undefined {
  const { email, password } = (body ?? {}) as Record<string, unknown>
  if (typeof email !== "string" || !email.trim() || typeof password !== "string" || !password) return undefined
  return { email, password }
}

function outcomeOf(status: number): AttemptOutcome {
  if (status === 401) return "failed"
  return status >= 200 && status < 300 ? "succeeded" : "not-checked"
}

function refuse(req: MedusaRequest, res: MedusaResponse, refusal: Extract<Reservation, { allowed: false }>) {
  sendTooManyRequests(req, res, refusal.retryAfterSeconds, refusal.accountLocked ? accountLocked : addressLimited)
}

/**
 * Settles the reserved attempt from Medusa's status before the answer leaves, so the next
 * request already sees the count; a 401 gets `failureMessage`, the same whatever Medusa's cause.
 */
function settleBeforeAnswering(req: MedusaRequest, res: MedusaResponse, reservation: Extract<Reservation, { allowed: true }>, failureMessage: { vi: string; en: string }) {
  const send = res.json.bind(res)
  let settled = false
  res.json = (body: unknown) => {
    if (settled) return send(body)
    settled = true
    const status = res.statusCode
    reservation
      .settle(outcomeOf(status))
      .catch((error: Error) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Could not record a login attempt: ${error.message}`))
      .finally(() => send(status === 401 ? { type: "unauthorized", message: localized(languageOf(req), failureMessage) } : body))
    return res
  }
}

function requireCredentials(req: MedusaRequest, res: MedusaResponse): Credentials | undefined {
  const credentials = credentialsOf(req.body)
  if (!credentials) {
    res.status(400).json({ type: "invalid_data", message: localized(languageOf(req), MESSAGES.missingCredentials) })
  }
  return credentials
}

function throttleLogin(limits: AuthLimits) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const credentials = requireCredentials(req, res)
    if (!credentials) return
    const reservation = await limits.reserveLogin(clientAddress(req), normaliseAccount(credentials.email))
    if (!reservation.allowed) return refuse(req, res, reservation)
    settleBeforeAnswering(req, res, reservation, MESSAGES.loginFailed)
    await equaliseLogin(req.scope, PROVIDER, credentials.email, credentials.password)
    next()
  }
}

function throttleRegistration(limits: AuthLimits) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const credentials = requireCredentials(req, res)
    if (!credentials) return
    const reservation = await limits.reserveRegistration(clientAddress(req))
    if (!reservation.allowed) return refuse(req, res, reservation)
    settleBeforeAnswering(req, res, reservation, MESSAGES.registrationRefused)
    await equaliseRegistration(req.scope, PROVIDER, credentials.email, credentials.password)
    next()
  }
}

function throttlePasswordReset(limits: AuthLimits) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const { identifier } = (req.body ?? {}) as { identifier?: unknown }
    // Medusa's own validator answers a missing identifier.
    if (typeof identifier !== "string") return next()
    const verdict = await limits.consumeReset(clientAddress(req), normaliseAccount(identifier))
    if (!verdict.allowed) return sendTooManyRequests(req, res, verdict.retryAfterSeconds, resetLimited)
    next()
  }
}

/**
 * Limits on the e-mail/password routes of every actor type (customer, user, and any other
 * Medusa would accept), created once with the settings of the environment.
 */
export function authThrottleMiddlewares(settings: AuthLimitSettings = readAuthLimitSettings()): MiddlewareRoute[] {
  const limits = createAuthLimits(settings)
  return [
    // Medusa's login handler answers GET as well as POST, with the same body.
    { matcher: `/auth/:actor_type/${PROVIDER}`, methods: ["GET", "POST"], middlewares: [throttleLogin(limits)] },
    { matcher: `/auth/:actor_type/${PROVIDER}/register`, methods: ["POST"], middlewares: [throttleRegistration(limits)] },
    { matcher: `/auth/:actor_type/${PROVIDER}/reset-password`, methods: ["POST"], middlewares: [throttlePasswordReset(limits)] },
  ]
}
