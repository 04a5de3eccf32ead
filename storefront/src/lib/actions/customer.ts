"use server"

import type { HttpTypes } from "@medusajs/types"
import { updateTag } from "next/cache"
import { headers } from "next/headers"
import { redirect } from "@/i18n/navigation"
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales"
import { MEDUSA_BACKEND_URL, sdk } from "../config"
import { cacheTags } from "../data/cache-tags"
import { getAuthHeaders, getCartId, removeAuthToken, removeCartId, setAuthToken } from "../data/cookies"
import { retrieveCustomer } from "../data/customer"
import { safeReturnPath } from "../util/return-path"
import { splitVietnameseName } from "../util/vietnamese-name"
import { provinceByCode, wardByCode } from "../vietnam/administrative-units"
import { parseVietnamesePhone } from "../vietnam/phone"
import { medusaProvinceCode } from "../vietnam/provinces"

/** A sentence key under `account.errors` in messages/*.json. */
export type AccountErrorKey =
  | "loginFailed"
  | "registrationRefused"
  | "tooManyRequests"
  | "invalidEmail"
  | "passwordTooShort"
  | "passwordsDiffer"
  | "nameRequired"
  | "invalidPhone"
  | "resetLinkInvalid"
  | "addressIncomplete"
  | "unavailable"

/**
 * What a form action answers (for `useActionState`): an error key for the page to put into
 * words, or the backend's own sentence when it has one the page cannot write (a 429 says how
 * long to wait), the values to put back into the form (never a password), and which field
 * is wrong.
 */
export type AccountFormState = {
  status: "idle" | "error" | "success"
  error?: AccountErrorKey
  message?: string
  field?: string
  values?: Record<string, string>
}

const MIN_PASSWORD_LENGTH = 8
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()

/** An optional phone: "" when left empty, the national form when valid, null when not a Vietnamese number. */
function optionalPhone(input: string): string | null {
  if (!input) return ""
  const phone = parseVietnamesePhone(input)
  return phone.ok ? phone.national : null
}
const localeOf = (form: FormData): Locale => {
  const locale = form.get("locale")
  return isLocale(locale) ? locale : DEFAULT_LOCALE
}

type AuthAnswer = { status: number; body: { token?: string; message?: string } | null }

/**
 * Medusa's /auth routes, with the visitor's language so the backend's limit messages
 * ("thử lại sau 15 phút") come in it. Plain fetch: reset-password answers a bare 201.
 */
async function authRequest(path: string, body: unknown, locale: Locale, token?: string): Promise<AuthAnswer> {
  // Medusa limits attempts per client address; from here every customer would be this server's
  // address, so pass the visitor's on (Medusa believes it only from TRUSTED_PROXIES).
  const forwardedFor = (await headers()).get("x-forwarded-for")
  const response = await fetch(`${MEDUSA_BACKEND_URL}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "accept-language": locale,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: JSON.stringify(body),
    cache: "no-store",
  })
  const raw = await response.text()
  let parsed: AuthAnswer["body"] = null
  try {
    parsed = raw ? JSON.parse(raw) : null
  } catch {
    parsed = null
  }
  return { status: response.status, body: parsed }
}

/** A refused auth request in the form's words: a 429 keeps the backend's sentence, with the wait. */
function refusal(answer: AuthAnswer, onUnauthorized: AccountErrorKey, values?: Record<string, string>): AccountFormState {
  if (answer.status === 429) return { status: "error", error: "tooManyRequests", message: answer.body?.message, values }
  if (answer.status === 401 || answer.status === 400) return { status: "error", error: onUnauthorized, values }
  return { status: "error", error: "unavailable", values }
}

/** The visitor's cart becomes the customer's, so what they added before logging in stays. */
async function transferCartToCustomer(token: string) {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await sdk.store.cart.transferCart(cartId, {}, { authorization: `Bearer ${token}` })
  } catch (error) {
    // A completed cart or one owned by another account stays behind; the customer starts afresh.
    console.error(`storefront: could not transfer cart ${cartId} to the customer`, error)
  } finally {
    updateTag(cacheTags.cart(cartId))
  }
}

async function logIn(email: string, password: string, locale: Locale): Promise<AuthAnswer & { token?: string }> {
  const answer = await authRequest("/auth/customer/emailpass", { email, password }, locale)
  return { ...answer, token: answer.status === 200 ? answer.body?.token : undefined }
}

export async function login(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = localeOf(form)
  const email = text(form, "email").toLowerCase()
  const password = String(form.get("password") ?? "")
  const values = { email }
  if (!EMAIL.test(email)) return { status: "error", error: "invalidEmail", field: "email", values }
  if (!password) return { status: "error", error: "loginFailed", field: "password", values }

  const answer = await logIn(email, password, locale).catch(() => null)
  if (!answer) return { status: "error", error: "unavailable", values }
  if (!answer.token) return refusal(answer, "loginFailed", values)
  await setAuthToken(answer.token)
  await transferCartToCustomer(answer.token)
  redirect({ href: safeReturnPath(form.get("next")), locale })
  return { status: "success" }
}

export async function register(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = localeOf(form)
  const fullName = text(form, "fullName")
  const email = text(form, "email").toLowerCase()
  const phoneInput = text(form, "phone")
  const password = String(form.get("password") ?? "")
  const values = { fullName, email, phone: phoneInput }
  const name = splitVietnameseName(fullName)
  if (!name.first_name) return { status: "error", error: "nameRequired", field: "fullName", values }
  if (!EMAIL.test(email)) return { status: "error", error: "invalidEmail", field: "email", values }
  const phone = optionalPhone(phoneInput)
  if (phone === null) return { status: "error", error: "invalidPhone", field: "phone", values }
  if (password.length < MIN_PASSWORD_LENGTH) return { status: "error", error: "passwordTooShort", field: "password", values }

  try {
    const registration = await authRequest("/auth/customer/emailpass/register", { email, password }, locale)
    if (registration.status !== 200 || !registration.body?.token) return refusal(registration, "registrationRefused", values)
    await sdk.client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers", {
      method: "POST",
      headers: { authorization: `Bearer ${registration.body.token}` },
      body: { email, ...name, ...(phone ? { phone } : {}) },
    })
    const session = await logIn(email, password, locale)
    if (!session.token) return refusal(session, "loginFailed", values)
    await setAuthToken(session.token)
    await transferCartToCustomer(session.token)
  } catch (error) {
    console.error("storefront: registration failed", error)
    return { status: "error", error: "unavailable", values }
  }
  redirect({ href: safeReturnPath(form.get("next")), locale })
  return { status: "success" }
}

/** Forgets the login and the cart (it belongs to the account now); the next visitor on this device starts as a guest. */
export async function logout(form: FormData) {
  await removeAuthToken()
  await removeCartId()
  redirect({ href: "/", locale: localeOf(form) })
}

/**
 * Asks Medusa to e-mail a reset link. The answer is the same whether the address has an
 * account or not (the backend answers 201 either way), except when the limit is reached.
 */
export async function requestPasswordReset(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = localeOf(form)
  const email = text(form, "email").toLowerCase()
  const values = { email }
  if (!EMAIL.test(email)) return { status: "error", error: "invalidEmail", field: "email", values }
  const answer = await authRequest("/auth/customer/emailpass/reset-password", { identifier: email, metadata: { locale } }, locale).catch(() => null)
  if (!answer) return { status: "error", error: "unavailable", values }
  if (answer.status >= 300) return refusal(answer, "unavailable", values)
  return { status: "success", values }
}

/** Sets the new password with the token from the e-mailed link, then sends the customer to log in. */
export async function resetPassword(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = localeOf(form)
  const email = text(form, "email").toLowerCase()
  const token = text(form, "token")
  const password = String(form.get("password") ?? "")
  if (!token || !EMAIL.test(email)) return { status: "error", error: "resetLinkInvalid" }
  if (password.length < MIN_PASSWORD_LENGTH) return { status: "error", error: "passwordTooShort", field: "password" }
  if (password !== String(form.get("confirmPassword") ?? "")) return { status: "error", error: "passwordsDiffer", field: "confirmPassword" }
  const answer = await authRequest("/auth/customer/emailpass/update", { email, password }, locale, token).catch(() => null)
  if (!answer) return { status: "error", error: "unavailable" }
  if (answer.status !== 200) return refusal(answer, "resetLinkInvalid")
  redirect({ href: { pathname: "/tai-khoan/dang-nhap", query: { reset: "1" } }, locale })
  return { status: "success" }
}

async function customerOrError() {
  const customer = await retrieveCustomer()
  return customer
}

export async function updateProfile(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const fullName = text(form, "fullName")
  const phoneInput = text(form, "phone")
  const values = { fullName, phone: phoneInput }
  const name = splitVietnameseName(fullName)
  if (!name.first_name) return { status: "error", error: "nameRequired", field: "fullName", values }
  const phone = optionalPhone(phoneInput)
  if (phone === null) return { status: "error", error: "invalidPhone", field: "phone", values }
  const customer = await customerOrError()
  if (!customer) return { status: "error", error: "unavailable", values }
  try {
    await sdk.store.customer.update({ ...name, phone: phone || null } as HttpTypes.StoreUpdateCustomer, {}, await getAuthHeaders())
  } catch (error) {
    console.error(`storefront: could not update customer ${customer.id}`, error)
    return { status: "error", error: "unavailable", values }
  }
  updateTag(cacheTags.customer(customer.id))
  return { status: "success", values: { fullName: [name.last_name, name.first_name].filter(Boolean).join(" "), phone: phone || "" } }
}

/**
 * Changing the password while logged in goes through the same e-mailed link as a forgotten
 * one: Medusa sets a password only with a reset token, and the link proves the mailbox.
 */
export async function requestPasswordChange(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const customer = await customerOrError()
  if (!customer?.email) return { status: "error", error: "unavailable" }
  const locale = localeOf(form)
  const answer = await authRequest("/auth/customer/emailpass/reset-password", { identifier: customer.email, metadata: { locale } }, locale).catch(() => null)
  if (!answer) return { status: "error", error: "unavailable" }
  if (answer.status >= 300) return refusal(answer, "unavailable")
  return { status: "success" }
}

/**
 * A saved address in the shape checkout reads (src/lib/vietnam/address.ts): street in
 * `address_1`, ward name in `address_2`, province name in `city`, the shipping-zone code in
 * `province` (`vn-sg`), and the 2025 codes in `metadata`.
 */
function addressFromForm(form: FormData) {
  const values = {
    fullName: text(form, "fullName"),
    phone: text(form, "phone"),
    province: text(form, "province"),
    ward: text(form, "ward"),
    street: text(form, "street"),
    company: text(form, "company"),
  }
  const fail = (error: AccountErrorKey, field: string) => ({ error: { status: "error", error, field, values } as AccountFormState })
  const name = splitVietnameseName(values.fullName)
  if (!name.first_name) return fail("nameRequired", "fullName")
  const phone = parseVietnamesePhone(values.phone)
  if (!phone.ok) return fail("invalidPhone", "phone")
  const province = provinceByCode(values.province)
  const subdivision = medusaProvinceCode(values.province)
  if (!province || !subdivision) return fail("addressIncomplete", "province")
  const ward = wardByCode(values.province, values.ward)
  if (!ward) return fail("addressIncomplete", "ward")
  if (!values.street) return fail("addressIncomplete", "street")
  return {
    address: {
      ...name,
      phone: phone.national,
      company: values.company || undefined,
      address_1: values.street,
      address_2: ward.name,
      city: province.name,
      province: subdivision,
      country_code: "vn",
      metadata: { province_code: province.code, ward_code: ward.code },
      is_default_shipping: form.get("is_default_shipping") === "on",
    },
  }
}

export async function saveAddress(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = localeOf(form)
  const parsed = addressFromForm(form)
  if ("error" in parsed) return parsed.error
  const addressId = text(form, "addressId")
  const headers = await getAuthHeaders()
  try {
    if (addressId) await sdk.store.customer.updateAddress(addressId, parsed.address, {}, headers)
    else await sdk.store.customer.createAddress(parsed.address, {}, headers)
  } catch (error) {
    console.error(`storefront: could not save address ${addressId || "(new)"}`, error)
    return { status: "error", error: "unavailable" }
  }
  redirect({ href: "/tai-khoan/dia-chi", locale })
  return { status: "success" }
}

export async function deleteAddress(form: FormData) {
  const addressId = text(form, "addressId")
  if (addressId) {
    try {
      await sdk.store.customer.deleteAddress(addressId, await getAuthHeaders())
    } catch (error) {
      console.error(`storefront: could not delete address ${addressId}`, error)
    }
  }
  redirect({ href: "/tai-khoan/dia-chi", locale: localeOf(form) })
}
