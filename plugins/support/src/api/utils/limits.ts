import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { clientAddress, sendTooManyRequests, type TooManyRequestsMessage } from "@tailoc/rate-limits"
import { languageOf, localized } from "@tailoc/shop-locale"
import { supportLimiters, supportLimitSettings, type SupportLimiterName } from "../../lib/limits"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"

type StoreRequest = MedusaRequest & Partial<Pick<AuthenticatedMedusaRequest, "auth_context">> & { guest_id?: string }

const tooManyConversations: TooManyRequestsMessage = ({ english, wait }) =>
  english
    ? `You have opened several conversations in a short time. Please continue in one of them, or try again in ${wait}.`
    : `Bạn đã mở nhiều cuộc trò chuyện trong thời gian ngắn. Vui lòng tiếp tục trong cuộc trò chuyện đang có, hoặc thử lại sau ${wait}.`

const tooManyMessages: TooManyRequestsMessage = ({ english, wait }) =>
  english ? `You are sending messages too quickly. Please try again in ${wait}.` : `Bạn gửi tin nhắn quá nhanh. Vui lòng thử lại sau ${wait}.`

/** The customer or guest writing, as a limiter key; guest routes run after requireGuest. */
function authorKey(req: StoreRequest): string {
  return req.guest_id ? `guest:${req.guest_id}` : `customer:${req.auth_context!.actor_id}`
}

/**
 * Counts one request against every named limit (each with its key) and answers 429 when any
 * refuses, with the longest wait. Every limit is charged so that one cannot be dodged by
 * tripping another first.
 */
function limitBy(limits: [SupportLimiterName, (req: StoreRequest) => string][], message?: TooManyRequestsMessage) {
  return async (req: StoreRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const limiters = supportLimiters()
    const verdicts = await Promise.all(limits.map(([name, key]) => limiters[name].consume(key(req))))
    const refused = verdicts.filter((verdict) => !verdict.allowed)
    if (!refused.length) return next()
    sendTooManyRequests(req, res, Math.max(...refused.map((verdict) => verdict.retryAfterSeconds)), message)
  }
}

/** A customer or guest keeps at most `maxOpenConversations` open or pending: the shop answers them all before more. */
async function limitOpenConversations(req: StoreRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { maxOpenConversations } = supportLimitSettings()
  const support: SupportModuleService = req.scope.resolve(SUPPORT_MODULE)
  const owner = req.guest_id ? { guest_id: req.guest_id } : { customer_id: req.auth_context!.actor_id }
  const [, open] = await support.listAndCountSupportConversations({ ...owner, status: ["open", "pending"] }, { select: ["id"], take: 1 })
  if (open < maxOpenConversations) return next()
  next(
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      localized(languageOf(req), {
        vi: `Bạn đang có ${open} cuộc trò chuyện chưa được giải quyết. Vui lòng nhắn tiếp trong một trong các cuộc trò chuyện này; cửa hàng sẽ sớm phản hồi.`,
        en: `You already have ${open} unresolved conversations. Please continue in one of them; the shop will reply soon.`,
      })
    )
  )
}

const address = (req: StoreRequest) => clientAddress(req)
const inConversation = (req: StoreRequest) => `${authorKey(req)}:${req.params.id}`

/** One guest token per request from an address; X-Forwarded-For counts only behind TRUSTED_PROXIES. */
export const limitGuestTokens = limitBy([["guestTokensPerAddress", address]])
/** Every guest chat route, per address. */
export const limitGuestRequests = limitBy([["guestRequestsPerAddress", address]])

const limitMessages = limitBy(
  [
    // Keyed by author too, so nobody can use up another customer's conversation by guessing its id.
    ["messagesPerConversation", inConversation],
    ["messagesPerAuthor", authorKey],
  ],
  tooManyMessages
)

/** Limits on what customers and guests create; runs after authentication and body validation. */
export const supportLimitRoutes: MiddlewareRoute[] = [
  {
    matcher: "/store/support/conversations",
    methods: ["POST"],
    middlewares: [limitBy([["conversationsPerCustomer", authorKey]], tooManyConversations), limitOpenConversations],
  },
  {
    matcher: "/store/support/guest/conversations",
    methods: ["POST"],
    middlewares: [
      limitBy([["conversationsPerGuest", authorKey], ["guestConversationsPerAddress", address]], tooManyConversations),
      limitOpenConversations,
    ],
  },
  { matcher: "/store/support/conversations/:id/messages", methods: ["POST"], middlewares: [limitMessages] },
  { matcher: "/store/support/conversations/:id/attachments", methods: ["POST"], middlewares: [limitMessages] },
  { matcher: "/store/support/guest/conversations/:id/messages", methods: ["POST"], middlewares: [limitMessages] },
]
