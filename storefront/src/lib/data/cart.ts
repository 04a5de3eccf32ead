import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { cacheTags } from "./cache-tags"
import { getAuthHeaders, getCartId } from "./cookies"

const CART_FIELDS = "*items,*items.variant,*items.product,*region,*promotions,+items.thumbnail,+shipping_total,+tax_total,+discount_total"

/**
 * This visitor's open cart, cached under `cart-<id>` until one of the cart actions changes
 * it. A completed cart (the order was placed) counts as none.
 */
export async function retrieveCart(cartId?: string): Promise<HttpTypes.StoreCart | null> {
  const id = cartId ?? (await getCartId())
  if (!id) return null
  try {
    const { cart } = await sdk.client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields: CART_FIELDS },
      headers: await getAuthHeaders(),
      next: { tags: [cacheTags.cart(id)] },
      cache: "force-cache",
    })
    return cart.completed_at ? null : cart
  } catch {
    // A cart id from an old cookie (deleted or another database) is not an error for the visitor.
    return null
  }
}

/** The number the header's cart link shows: units, not lines (2 × the same speaker pair is 2). */
export async function cartItemCount(): Promise<number> {
  const cart = await retrieveCart()
  return (cart?.items ?? []).reduce((count, item) => count + item.quantity, 0)
}
