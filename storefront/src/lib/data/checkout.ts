import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { cacheTags } from "./cache-tags"
import { getAuthHeaders, getCartId } from "./cookies"

/** Everything the checkout steps read: lines, addresses, the chosen shipping method and payment session. */
const CHECKOUT_CART_FIELDS = [
  "*items",
  "*items.variant",
  "*items.product",
  "+items.thumbnail",
  "*promotions",
  "*shipping_address",
  "*shipping_methods",
  "*payment_collection",
  "*payment_collection.payment_sessions",
  "+shipping_total",
  "+tax_total",
  "+discount_total",
  "+item_total",
  "+subtotal",
  "+metadata",
].join(",")

export async function retrieveCheckoutCart(): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    const { cart } = await sdk.client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields: CHECKOUT_CART_FIELDS },
      headers: await getAuthHeaders(),
      next: { tags: [cacheTags.cart(id)] },
      cache: "force-cache",
    })
    return cart.completed_at ? null : cart
  } catch (error) {
    // An old cookie (the cart is gone) is no cart; Medusa being briefly unreachable is an
    // error the page's retry handles, not a reason to send the buyer back to an empty cart.
    const status = (error as { status?: number }).status
    if (status === 404 || status === 400) return null
    throw error
  }
}

/**
 * The shipping options Medusa offers for this cart's address: standard from both showrooms,
 * express only where a showroom's city zone matches `shipping_address.province`, pick-up at
 * each showroom. Not cached: the answer changes with the address.
 */
export async function listShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await sdk.client.fetch<{ shipping_options: HttpTypes.StoreCartShippingOption[] }>(
    "/store/shipping-options",
    { query: { cart_id: cartId }, headers: await getAuthHeaders(), cache: "no-store" }
  )
  return shipping_options ?? []
}

export async function listPaymentProviders(regionId: string): Promise<HttpTypes.StorePaymentProvider[]> {
  const { payment_providers } = await sdk.client.fetch<HttpTypes.StorePaymentProviderListResponse>("/store/payment-providers", {
    query: { region_id: regionId },
    next: { tags: [cacheTags.regions], revalidate: 3600 },
    cache: "force-cache",
  })
  return payment_providers ?? []
}
