import {
  authenticate,
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createLimiter, limitRequests } from "@tailoc/rate-limits"
import {
  callerCustomerId,
  cartPrivacy,
  issueOrderAccess,
  ORDER_MESSAGES,
  orderOwner,
  orderTokenOf,
  refusal,
} from "./access"
import { StoreLookupOrder, type StoreLookupOrderType } from "./validators"

/**
 * Stock Medusa treats an order or cart id as the credential (medusajs/medusa#7266). The shop
 * holds names, phones and addresses (Decree 13/2023), so here an order is shown only to the
 * customer it belongs to, or to a guest holding the signed `x-order-token` handed out by cart
 * completion or by the number + e-mail/phone lookup.
 */

const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
const requiredCustomer = authenticate("customer", ["session", "bearer"])

/** Owner or token holder; otherwise 404 whether the order exists or not (401 for a bad token). */
async function requireOrderAccess(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const orderId = req.params.id
  const token = orderTokenOf(req)
  if (token?.valid && token.orderId === orderId) return next()

  const customerId = callerCustomerId(req)
  if (customerId) {
    const order = await orderOwner(req.scope, orderId)
    if (order && order.customer_id === customerId) return next()
  }
  // Decided without looking at the order, so a refused token says nothing about whether it exists.
  if (token && !token.valid) throw refusal(req, MedusaError.Types.UNAUTHORIZED, ORDER_MESSAGES.tokenRefused)
  throw refusal(req, MedusaError.Types.NOT_FOUND, ORDER_MESSAGES.notFound)
}

/**
 * A cart stays readable by its id (the storefront keeps it in a cookie), except that a cart
 * attached to an account is refused to other logged-in customers, and a completed cart,
 * which carries the order's address, is shown only with the order's access.
 *
 * Anonymous callers keep reading an open cart attached to an account: Medusa attaches a
 * guest's cart to the registered customer whose e-mail the guest types at checkout
 * (find-or-create-customer), so "attached to an account" does not prove the account made it.
 */
async function guardCart(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cart = await cartPrivacy(req.scope, req.params.id)
  // Medusa answers its own 404 for a cart that does not exist.
  if (!cart) return next()

  const customerId = callerCustomerId(req)
  const attachedToAccount = Boolean(cart.customer?.has_account && cart.customer_id)
  if (attachedToAccount && customerId && customerId !== cart.customer_id) {
    throw refusal(req, MedusaError.Types.NOT_FOUND, ORDER_MESSAGES.cartNotFound)
  }
  if (!cart.completed_at) return next()

  const orderId = cart.order?.id
  const token = orderTokenOf(req)
  const ownsOrder = Boolean(customerId && customerId === (cart.order?.customer_id ?? cart.customer_id))
  if (ownsOrder || (token?.valid && token.orderId === orderId)) return next()
  throw refusal(req, MedusaError.Types.NOT_FOUND, ORDER_MESSAGES.cartCompleted)
}

/**
 * Adds `order_access_token` and `order_access_token_expires_at` to a completion that answers
 * with an order. Wrapping the response keeps Medusa's own completion route (locks, payment
 * errors answered as `type: "cart"`) instead of a copy of it.
 */
function attachOrderAccessToken(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const completion = body as { type?: string; order?: { id?: string } } | undefined
    if (res.statusCode === 200 && completion?.type === "order" && completion.order?.id) {
      return json({ ...completion, ...issueOrderAccess(req.scope, completion.order.id) })
    }
    return json(body)
  }
  next()
}

/** Generous per address (mobile carriers share addresses behind CGNAT), tight per order number. */
const lookupsPerAddress = createLimiter({ name: "order-lookup-address", points: 30, durationSeconds: 15 * 60 })
const lookupsPerOrderNumber = createLimiter({ name: "order-lookup-number", points: 5, durationSeconds: 15 * 60 })

const tooManyLookups = ({ english, wait }: { english: boolean; wait: string }) =>
  english
    ? `Too many order look-ups. Please try again in ${wait}.`
    : `Bạn đã tra cứu đơn hàng quá nhiều lần. Vui lòng thử lại sau ${wait}.`

const CART_ROUTES: [string, MiddlewareRoute["methods"]][] = [
  ["/store/carts/:id", ["GET", "POST"]],
  ["/store/carts/:id/customer", ["POST"]],
  ["/store/carts/:id/line-items", ["POST"]],
  ["/store/carts/:id/line-items/:line_id", ["POST", "DELETE"]],
  ["/store/carts/:id/promotions", ["POST", "DELETE"]],
  ["/store/carts/:id/shipping-methods", ["POST"]],
  ["/store/carts/:id/taxes", ["POST"]],
]

export const orderPrivacyRoutes: MiddlewareRoute[] = [
  { matcher: "/store/orders/:id", methods: ["GET"], middlewares: [optionalCustomer, requireOrderAccess] },
  // Medusa lets any logged-in customer request a guest order's transfer and answers with the order.
  { matcher: "/store/orders/:id/transfer/request", methods: ["POST"], middlewares: [requiredCustomer, requireOrderAccess] },
  {
    matcher: "/store/orders/lookup",
    methods: ["POST"],
    middlewares: [
      limitRequests(lookupsPerAddress, { message: tooManyLookups }),
      validateAndTransformBody(StoreLookupOrder),
      limitRequests<MedusaRequest<StoreLookupOrderType>>(lookupsPerOrderNumber, {
        key: (req) => String(req.validatedBody.order_number),
        message: tooManyLookups,
      }),
    ],
  },
  ...CART_ROUTES.map(([matcher, methods]) => ({ matcher, methods, middlewares: [optionalCustomer, guardCart] })),
  { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [optionalCustomer, guardCart, attachOrderAccessToken] },
]
