import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { getAuthHeaders, getOrderAccessToken } from "./cookies"

const ORDER_FIELDS = "*items,*shipping_address,*shipping_methods,*payment_collections,*payment_collections.payment_sessions,*payment_collections.payments,+display_id,+email,+metadata"

/**
 * One order, for its customer (logged in) or the guest holding its access token in the
 * `tl_order_<id>` cookie (sent as `x-order-token`, see README "Security"). Null for anyone
 * else: Medusa answers them 404. Never cached: it is one person's data.
 */
export async function retrieveOrder(orderId: string): Promise<HttpTypes.StoreOrder | null> {
  const token = await getOrderAccessToken(orderId)
  const headers: Record<string, string> = { ...(await getAuthHeaders()) }
  if (token) headers["x-order-token"] = token
  try {
    const { order } = await sdk.client.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${encodeURIComponent(orderId)}`, {
      query: { fields: ORDER_FIELDS },
      headers,
      cache: "no-store",
    })
    return order
  } catch {
    return null
  }
}
