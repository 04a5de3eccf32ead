"use server"

import type { HttpTypes } from "@medusajs/types"
import { updateTag } from "next/cache"
import { sdk } from "../config"
import { cacheTags } from "../data/cache-tags"
import { retrieveCart } from "../data/cart"
import { getAuthHeaders, setCartId } from "../data/cookies"
import { getRegion } from "../data/regions"

/** A failure the page can put into words: the key of `cart.errors.<error>` in messages/*.json. */
export type CartActionResult = { ok: true; itemCount: number } | { ok: false; error: "noVariant" | "unavailable" | "noRegion" }

const itemCount = (cart: HttpTypes.StoreCart) => (cart.items ?? []).reduce((count, item) => count + item.quantity, 0)

/** The visitor's open cart, created in the Việt Nam region (and remembered in the cookie) on the first add. */
async function getOrCreateCart(): Promise<HttpTypes.StoreCart | null> {
  const existing = await retrieveCart()
  if (existing) return existing
  const region = await getRegion()
  if (!region) return null
  const { cart } = await sdk.store.cart.create({ region_id: region.id }, {}, await getAuthHeaders())
  await setCartId(cart.id)
  return cart
}

/** Runs a cart change and makes this visitor's next read of the cart see it. */
async function changeCart(cartId: string, change: () => Promise<HttpTypes.StoreCart>): Promise<CartActionResult> {
  try {
    const cart = await change()
    return { ok: true, itemCount: itemCount(cart) }
  } catch (error) {
    console.error(`storefront: cart ${cartId} change failed`, error)
    return { ok: false, error: "unavailable" }
  } finally {
    updateTag(cacheTags.cart(cartId))
  }
}

export async function addToCart({ variantId, quantity = 1 }: { variantId: string; quantity?: number }): Promise<CartActionResult> {
  if (!variantId) return { ok: false, error: "noVariant" }
  const cart = await getOrCreateCart().catch((error) => {
    console.error("storefront: could not create a cart", error)
    return null
  })
  if (!cart) return { ok: false, error: "noRegion" }
  return changeCart(cart.id, async () =>
    (await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, {}, await getAuthHeaders())).cart
  )
}

export async function updateLineItem({ lineId, quantity }: { lineId: string; quantity: number }): Promise<CartActionResult> {
  const cart = await retrieveCart()
  if (!cart) return { ok: false, error: "unavailable" }
  if (quantity < 1) return deleteLineItem(lineId)
  return changeCart(cart.id, async () =>
    (await sdk.store.cart.updateLineItem(cart.id, lineId, { quantity }, {}, await getAuthHeaders())).cart
  )
}

export async function deleteLineItem(lineId: string): Promise<CartActionResult> {
  const cart = await retrieveCart()
  if (!cart) return { ok: false, error: "unavailable" }
  return changeCart(cart.id, async () => {
    const { parent } = await sdk.store.cart.deleteLineItem(cart.id, lineId, {}, await getAuthHeaders())
    if (!parent) throw new Error(`line ${lineId} was deleted but Medusa returned no cart`)
    return parent
  })
}

/** `<form action>` form of addToCart, for `useActionState`: works before the page's JavaScript loads. */
export async function addToCartFromForm(_previous: CartActionResult | null, form: FormData): Promise<CartActionResult> {
  const quantity = Number(form.get("quantity") ?? 1)
  return addToCart({ variantId: String(form.get("variantId") ?? ""), quantity: Number.isInteger(quantity) && quantity > 0 ? quantity : 1 })
}

/** What the promotion-code form shows: the key of `cart.promotion.<message>`. */
export type PromotionState = { ok: boolean; message: "applied" | "invalid" | "removed" | "unavailable" } | null

/**
 * Applies a promotion code with Medusa's promotions API on the cart. Medusa accepts an
 * unknown code silently, so the answer is checked for the code among the cart's promotions.
 */
export async function applyPromotionCode(_previous: PromotionState, form: FormData): Promise<PromotionState> {
  const code = String(form.get("code") ?? "").trim()
  if (!code || code.length > 64) return { ok: false, message: "invalid" }
  const cart = await retrieveCart()
  if (!cart) return { ok: false, message: "unavailable" }
  try {
    const { cart: updated } = await sdk.client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${cart.id}/promotions`, {
      method: "POST",
      body: { promo_codes: [code] },
      query: { fields: "*promotions" },
      headers: await getAuthHeaders(),
    })
    const applied = (updated.promotions ?? []).some((promotion) => promotion.code?.toLowerCase() === code.toLowerCase())
    return applied ? { ok: true, message: "applied" } : { ok: false, message: "invalid" }
  } catch (error) {
    console.error(`storefront: cart ${cart.id} promotion ${code} refused`, error)
    return { ok: false, message: "invalid" }
  } finally {
    updateTag(cacheTags.cart(cart.id))
  }
}

/** `<form action>`: takes the code in the form's `code` field off the cart. */
export async function removePromotionCode(form: FormData): Promise<void> {
  const code = String(form.get("code") ?? "")
  const cart = await retrieveCart()
  if (!cart || !code) return
  try {
    await sdk.client.fetch(`/store/carts/${cart.id}/promotions`, { method: "DELETE", body: { promo_codes: [code] }, headers: await getAuthHeaders() })
  } catch (error) {
    console.error(`storefront: cart ${cart.id} promotion ${code} not removed`, error)
  } finally {
    updateTag(cacheTags.cart(cart.id))
  }
}

/** `<form action>` forms of the line changes for the cart page and drawer (work without JavaScript). */
export async function updateLineItemFromForm(form: FormData): Promise<void> {
  const quantity = Number(form.get("quantity"))
  const lineId = String(form.get("lineId") ?? "")
  if (!lineId || !Number.isInteger(quantity) || quantity < 0 || quantity > 99) return
  await updateLineItem({ lineId, quantity })
}

export async function deleteLineItemFromForm(form: FormData): Promise<void> {
  const lineId = String(form.get("lineId") ?? "")
  if (lineId) await deleteLineItem(lineId)
}
