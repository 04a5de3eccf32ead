import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { redirect } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { sdk } from "../config"
import { getAuthHeaders } from "./cookies"

const CUSTOMER_FIELDS = "*addresses"

/**
 * The logged-in customer; null for a guest or a token Medusa refuses (expired, signed out).
 * Anything else (Medusa down, a 500) throws: the caller decides whether that is a guest.
 */
async function fetchCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return null
  try {
    const { customer } = await sdk.client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      headers,
      query: { fields: CUSTOMER_FIELDS },
      cache: "no-store",
    })
    return customer
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403 || status === 404) return null
    throw error
  }
}

/** The logged-in customer, or null for a guest, an expired token or a backend that does not answer. Never cached: it is one person's data. */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  return fetchCustomer().catch((error) => {
    console.error("storefront: could not load the customer", error)
    return null
  })
}

/**
 * The logged-in customer for an account page; a guest (or an expired login) goes to the login
 * page, which brings them back to `returnPath` (a path without the locale prefix). A backend
 * that does not answer shows the error page (retry), not the login: the customer is still
 * logged in.
 */
export async function requireCustomer(locale: Locale, returnPath: string): Promise<HttpTypes.StoreCustomer> {
  const customer = await fetchCustomer()
  if (!customer) {
    redirect({ href: { pathname: "/tai-khoan/dang-nhap", query: { next: returnPath } }, locale })
  }
  return customer!
}

const ORDER_LIST_FIELDS = "id,display_id,status,fulfillment_status,payment_status,total,currency_code,created_at,items.id,items.title,items.quantity,items.thumbnail"
const ORDER_FIELDS =
  "*items,*items.variant,*shipping_address,*shipping_methods,*payment_collections,*payment_collections.payments,+fulfillment_status,+payment_status,+subtotal,+shipping_total,+tax_total,+discount_total,+item_total"

export type OrderPage = { orders: HttpTypes.StoreOrder[]; count: number; limit: number; offset: number }

/** The customer's orders, newest first. */
export async function listCustomerOrders({ limit = 10, offset = 0 } = {}): Promise<OrderPage> {
  const headers = await getAuthHeaders()
  const page = await sdk.client.fetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
    headers,
    query: { limit, offset, order: "-created_at", fields: ORDER_LIST_FIELDS },
    cache: "no-store",
  })
  return { orders: page.orders, count: page.count, limit, offset }
}

/** One of the customer's orders; null when it is not theirs or does not exist (the backend answers 404 for both). */
export async function retrieveCustomerOrder(orderId: string): Promise<HttpTypes.StoreOrder | null> {
  const headers = await getAuthHeaders()
  try {
    const { order } = await sdk.client.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${encodeURIComponent(orderId)}`, {
      headers,
      query: { fields: ORDER_FIELDS },
      cache: "no-store",
    })
    return order
  } catch {
    return null
  }
}
