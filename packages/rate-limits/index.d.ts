import type { IncomingMessage, ServerResponse } from "node:http"

export type LimitRule = {
  /** Part of the Redis key: one name per kind of limit, e.g. "login-account". */
  name: string
  points: number
  durationSeconds: number
  /** How long a key stays refused once it passed the limit (default: the rest of the window). */
  blockSeconds?: number
}

export type LimitVerdict = {
  allowed: boolean
  remaining: number
  consumed: number
  limit: number
  retryAfterSeconds: number
}

export type Limiter = {
  readonly name: string
  readonly points: number
  /** True when the counts live in Redis and so hold across processes. */
  readonly shared: boolean
  consume(key: string, cost?: number): Promise<LimitVerdict>
  peek(key: string): Promise<LimitVerdict>
  block(key: string, seconds: number): Promise<void>
  reset(key: string): Promise<void>
}

type Request = IncomingMessage & { headers: IncomingMessage["headers"] }
type Response = ServerResponse & { status(code: number): { json(body: unknown): unknown } }
type Next = (error?: unknown) => void

export type TooManyRequestsMessage = (context: { english: boolean; retryAfterSeconds: number; wait: string }) => string | undefined

export function createLimiter(rule: LimitRule): Limiter
export function clientAddress(req: IncomingMessage): string
export function limitRequests<Req extends Request = Request, Res extends Response = Response>(
  limiter: Limiter,
  options?: { key?: (req: Req) => string | undefined | null; message?: TooManyRequestsMessage }
): (req: Req, res: Res, next: Next) => Promise<void>
export function sendTooManyRequests(req: IncomingMessage, res: Response, retryAfterSeconds: number, message?: TooManyRequestsMessage): void
/** Overrides REDIS_URL, TRUSTED_PROXIES and RATE_LIMIT_PREFIX (the Redis key namespace; default from the environment). */
export function configureRateLimits(settings?: { redisUrl?: string; trustedProxies?: string[]; keyPrefix?: string }): void
export function closeRateLimits(): Promise<void>
