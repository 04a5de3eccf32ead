import "server-only"
import { cookies } from "next/headers"

/** httpOnly, so scripts in the page can never read them; Lax, so a link from Zalo or Google keeps the cart. */
export const CART_COOKIE = "tl_cart_id"
export const AUTH_COOKIE = "tl_auth_token"

const WEEK = 60 * 60 * 24 * 7

const options = (maxAge: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: process.env.NODE_ENV === "production",
  path: "/",
  maxAge,
})

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

/** Only in a server action or route handler: Next refuses cookie writes while rendering. */
export async function setCartId(cartId: string) {
  ;(await cookies()).set(CART_COOKIE, cartId, options(4 * WEEK))
}

export async function removeCartId() {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(AUTH_COOKIE)?.value
}

/** Medusa's customer JWT after login or registration (the account pages' server actions). */
export async function setAuthToken(token: string) {
  ;(await cookies()).set(AUTH_COOKIE, token, options(WEEK))
}

export async function removeAuthToken() {
  ;(await cookies()).delete(AUTH_COOKIE)
}

/** The compare list: product handles only (public, nothing secret), read on the server. */
export const COMPARE_COOKIE = "tl_compare"

export async function getCompareList(): Promise<string | undefined> {
  return (await cookies()).get(COMPARE_COOKIE)?.value
}

/** Only in a server action; an empty list removes the cookie. */
export async function setCompareList(handles: string[]) {
  const jar = await cookies()
  if (handles.length) jar.set(COMPARE_COOKIE, handles.join(","), options(4 * WEEK))
  else jar.delete(COMPARE_COOKIE)
}

/** `{ authorization: "Bearer …" }` for a logged-in customer, `{}` for a guest: spread into js-sdk calls. */
export async function getAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

/**
 * A guest's access to one order (`tl_order_<order id>`): the `order_access_token` Medusa
 * returns on checkout or lookup, sent back as `x-order-token`, kept until it expires.
 */
const orderCookie = (orderId: string) => `tl_order_${orderId.replace(/[^A-Za-z0-9_]/g, "")}`

export async function getOrderAccessToken(orderId: string): Promise<string | undefined> {
  return (await cookies()).get(orderCookie(orderId))?.value
}

export async function setOrderAccessToken(orderId: string, token: string, expiresAt: string) {
  const seconds = Math.floor((new Date(expiresAt).getTime() - Date.now()) / 1000)
  if (!(seconds > 0)) return
  ;(await cookies()).set(orderCookie(orderId), token, options(seconds))
}
