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

/** `{ authorization: "Bearer …" }` for a logged-in customer, `{}` for a guest: spread into js-sdk calls. */
export async function getAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}
