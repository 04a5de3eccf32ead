import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { languageOf, localized } from "@tailoc/shop-locale"
import { ORDER_ACCESS_TOKEN_HEADER, signOrderAccessToken, verifyOrderAccessToken, type OrderAccessVerdict } from "./access-token"

type Sentence = { vi: string; en: string }

const LOOK_UP_INSTEAD: Sentence = {
  vi: "Nếu bạn đặt hàng không đăng nhập, hãy tra cứu đơn bằng mã đơn hàng và e-mail hoặc số điện thoại đã dùng khi đặt.",
  en: "If you ordered without logging in, look your order up by its number and the e-mail or phone number you ordered with.",
}

export const ORDER_MESSAGES = {
  notFound: {
    vi: `Không tìm thấy đơn hàng. ${LOOK_UP_INSTEAD.vi}`,
    en: `Order not found. ${LOOK_UP_INSTEAD.en}`,
  },
  tokenRefused: {
    vi: `Mã xem đơn hàng không hợp lệ hoặc đã hết hạn. ${LOOK_UP_INSTEAD.vi}`,
    en: `The order access token is invalid or has expired. ${LOOK_UP_INSTEAD.en}`,
  },
  /** One answer whether the number exists or not, so the lookup reveals nothing without a match. */
  lookupNoMatch: {
    vi: "Không tìm thấy đơn hàng khớp với mã đơn và e-mail hoặc số điện thoại đã nhập. Hãy kiểm tra lại.",
    en: "No order matches this order number and e-mail or phone number. Check them and try again.",
  },
  cartNotFound: {
    vi: "Không tìm thấy giỏ hàng.",
    en: "Cart not found.",
  },
  cartCompleted: {
    vi: `Giỏ hàng này đã được đặt thành đơn hàng. ${LOOK_UP_INSTEAD.vi}`,
    en: `This cart has already become an order. ${LOOK_UP_INSTEAD.en}`,
  },
} satisfies Record<string, Sentence>

export function refusal(req: MedusaRequest, type: string, sentence: Sentence): MedusaError {
  return new MedusaError(type, localized(languageOf(req), sentence))
}

export function jwtSecretOf(scope: MedusaContainer): string {
  return scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
}

export function issueOrderAccess(scope: MedusaContainer, orderId: string) {
  return signOrderAccessToken(jwtSecretOf(scope), orderId)
}

/** The verdict on the `x-order-token` header, or undefined when the caller sent none. */
export function orderTokenOf(req: MedusaRequest): OrderAccessVerdict | undefined {
  const header = req.headers[ORDER_ACCESS_TOKEN_HEADER]
  const token = Array.isArray(header) ? header[0] : header
  if (!token) return undefined
  return verifyOrderAccessToken(jwtSecretOf(req.scope), token)
}

/** The logged-in customer's id, if the caller is one. */
export function callerCustomerId(req: MedusaRequest): string | undefined {
  const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : undefined
}

/** Whom an order belongs to; undefined when no such (non-draft) order exists. */
export async function orderOwner(scope: MedusaContainer, orderId: string): Promise<{ id: string; customer_id: string | null } | undefined> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: { id: orderId, is_draft_order: false },
  })
  return data[0]
}

export type CartPrivacy = {
  id: string
  customer_id: string | null
  completed_at: Date | string | null
  customer?: { has_account: boolean } | null
  order?: { id: string; customer_id: string | null } | null
}

export async function cartPrivacy(scope: MedusaContainer, cartId: string): Promise<CartPrivacy | undefined> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at", "customer.has_account", "order.id", "order.customer_id"],
    filters: { id: cartId },
  })
  return data[0] as CartPrivacy | undefined
}

/** Digits only, with Vietnam's +84 / 84 prefix read as the national 0. */
export function normalisePhone(phone: string | null | undefined): string {
  const digits = (phone ?? "").replace(/\D/g, "")
  return digits.startsWith("84") && digits.length >= 11 ? `0${digits.slice(2)}` : digits
}

type OrderContact = {
  email?: string | null
  shipping_address?: { phone?: string | null } | null
  billing_address?: { phone?: string | null } | null
}

/** True when every contact detail the guest gave matches the order (e-mail, or a phone of its addresses). */
export function contactMatches(order: OrderContact, given: { email?: string; phone?: string }): boolean {
  if (!given.email && !given.phone) return false
  if (given.email && (order.email ?? "").trim().toLowerCase() !== given.email.trim().toLowerCase()) return false
  if (given.phone) {
    const phone = normalisePhone(given.phone)
    const known = [order.shipping_address?.phone, order.billing_address?.phone].map(normalisePhone).filter(Boolean)
    if (!known.includes(phone)) return false
  }
  return true
}
