"use server"

import { refresh } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { MEDUSA_BACKEND_URL } from "../config"
import { setOrderAccessToken } from "../data/cookies"
import { parseVietnamesePhone } from "../vietnam/phone"

export type OrderLookupState = {
  error: "orderNumber" | "contact" | "notFound" | "tooMany" | "unavailable"
  retryAfter?: number
  /** What was typed, given back so the form (which React resets after an action) keeps it. */
  values: { orderNumber: string; contact: string }
} | null

/**
 * The guest lookup on `/don-hang`: order number plus the e-mail or phone it was placed with.
 * Medusa answers one "not found" for every mismatch and 429 after too many tries.
 */
export async function lookupOrder(_previous: OrderLookupState, form: FormData): Promise<OrderLookupState> {
  const orderNumber = String(form.get("orderNumber") ?? "").trim().replace(/^#/, "")
  const contact = String(form.get("contact") ?? "").trim()
  const values = { orderNumber, contact }
  if (!/^[1-9]\d{0,8}$/.test(orderNumber)) return { error: "orderNumber", values }
  let byContact: { email: string } | { phone: string }
  if (contact.includes("@")) byContact = { email: contact.toLowerCase() }
  else {
    const phone = parseVietnamesePhone(contact)
    if (!phone.ok) return { error: "contact", values }
    byContact = { phone: phone.e164 }
  }
  const locale = await getLocale()
  let response: Response
  try {
    response = await fetch(`${MEDUSA_BACKEND_URL}/store/orders/lookup`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": locale,
        "x-publishable-api-key": process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY ?? "",
      },
      body: JSON.stringify({ order_number: Number(orderNumber), ...byContact }),
      cache: "no-store",
    })
  } catch (error) {
    console.error("storefront: order lookup failed", error)
    return { error: "unavailable", values }
  }
  if (response.status === 404 || response.status === 400) return { error: "notFound", values }
  if (response.status === 429) {
    const retryAfter = Number(response.headers.get("retry-after"))
    return { error: "tooMany", retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter / 60) : undefined, values }
  }
  if (!response.ok) {
    console.error(`storefront: order lookup answered ${response.status}`, await response.text().catch(() => ""))
    return { error: "unavailable", values }
  }
  const found = (await response.json()) as { order: { id: string }; order_access_token: string; order_access_token_expires_at: string }
  await setOrderAccessToken(found.order.id, found.order_access_token, found.order_access_token_expires_at)
  // The form may sit on the order's own page (`/don-hang/<id>` without access): the redirect
  // goes to the same address, which must render again now that the cookie grants access.
  refresh()
  return redirect({ href: `/don-hang/${found.order.id}`, locale })
}
