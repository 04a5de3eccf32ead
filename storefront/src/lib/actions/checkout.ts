"use server"

import type { HttpTypes } from "@medusajs/types"
import { updateTag } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { sdk } from "../config"
import { cacheTags } from "../data/cache-tags"
import { retrieveCheckoutCart } from "../data/checkout"
import { getAuthHeaders, removeCartId, setOrderAccessToken } from "../data/cookies"
import { retrieveCustomer } from "../data/customer"
import { splitVietnameseName } from "../util/vietnamese-name"
import { listWards, provinceByCode, wardByCode } from "../vietnam/administrative-units"
import { parseVietnamesePhone } from "../vietnam/phone"
import { medusaProvinceCode, provinceCodeOfSubdivision } from "../vietnam/provinces"

/** A failure the form puts into words: keys of `checkout.errors.<key>` per field (or `form`). */
export type CheckoutFormState = {
  errors: Partial<Record<string, CheckoutError>>
  /** What was typed, given back so the form (which React resets after an action) keeps it. */
  values?: Record<string, string>
} | null
export type CheckoutError =
  | "email"
  | "phone"
  | "name"
  | "province"
  | "ward"
  | "street"
  | "option"
  | "payment"
  | "noCart"
  | "unavailable"
  | "notCompleted"

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim()
const fail = (errors: Partial<Record<string, CheckoutError>>, values?: Record<string, string>): CheckoutFormState => ({ errors, values })
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

async function goToStep(step: string): Promise<never> {
  const locale = await getLocale()
  return redirect({ href: { pathname: "/thanh-toan", query: { step } }, locale })
}

async function updateCart(cartId: string, body: HttpTypes.StoreUpdateCart) {
  try {
    await sdk.store.cart.update(cartId, body, {}, await getAuthHeaders())
  } finally {
    updateTag(cacheTags.cart(cartId))
  }
}

/** Step 1: e-mail, name and a Vietnamese phone; kept on the cart and its shipping address. */
export async function saveContact(_previous: CheckoutFormState, form: FormData): Promise<CheckoutFormState> {
  const cart = await retrieveCheckoutCart()
  if (!cart) return fail({ form: "noCart" })
  const email = text(form, "email").toLowerCase()
  const name = text(form, "name")
  const phone = parseVietnamesePhone(text(form, "phone"))
  const errors: Partial<Record<string, CheckoutError>> = {}
  if (!EMAIL.test(email) || email.length > 254) errors.email = "email"
  if (name.length < 2 || name.length > 100) errors.name = "name"
  if (!phone.ok) errors.phone = "phone"
  if (Object.keys(errors).length || !phone.ok) return fail(errors, { email, name, phone: text(form, "phone") })
  const current = cart.shipping_address
  try {
    await updateCart(cart.id, {
      email,
      shipping_address: {
        address_1: current?.address_1 ?? undefined,
        address_2: current?.address_2 ?? undefined,
        city: current?.city ?? undefined,
        province: current?.province ?? undefined,
        metadata: current?.metadata ?? undefined,
        ...splitVietnameseName(name),
        phone: phone.national,
        country_code: "vn",
      },
    })
  } catch (error) {
    console.error(`storefront: cart ${cart.id} contact not saved`, error)
    return fail({ form: "unavailable" })
  }
  return goToStep("address")
}

/** A saved address without codes (typed elsewhere) still names its ward in address_2. */
const wardCodeByName = (provinceCode: string, wardName: string | null | undefined) =>
  wardName ? listWards(provinceCode).find((ward) => ward.name.toLowerCase() === wardName.trim().toLowerCase())?.code : undefined

type AddressInput = { provinceCode: string; wardCode: string; street: string }

/** Resolves the codes to names and Medusa's province code; null fields name what is wrong. */
function resolveAddress({ provinceCode, wardCode, street }: AddressInput) {
  const province = provinceByCode(provinceCode)
  const ward = wardByCode(provinceCode, wardCode)
  const subdivision = medusaProvinceCode(provinceCode)
  const errors: Partial<Record<string, CheckoutError>> = {}
  if (!province || !subdivision) errors.province = "province"
  else if (!ward) errors.ward = "ward"
  if (street.length < 3 || street.length > 200) errors.street = "street"
  if (Object.keys(errors).length || !province || !ward || !subdivision) return { errors }
  return {
    address: {
      address_1: street,
      address_2: ward.name,
      city: province.name,
      province: subdivision,
      country_code: "vn",
      metadata: { province_code: province.code, ward_code: ward.code },
    },
  }
}

/**
 * Step 2: province → ward (2025 units) and street, or one of a customer's saved addresses.
 * The province goes to Medusa as its shipping-zone code (`vn-sg`…), so express appears
 * where it applies.
 */
export async function saveAddress(_previous: CheckoutFormState, form: FormData): Promise<CheckoutFormState> {
  const cart = await retrieveCheckoutCart()
  if (!cart) return fail({ form: "noCart" })
  const savedId = text(form, "savedAddressId")
  let input: AddressInput = { provinceCode: text(form, "province"), wardCode: text(form, "ward"), street: text(form, "street") }
  let contact = { first_name: cart.shipping_address?.first_name ?? "", last_name: cart.shipping_address?.last_name ?? "", phone: cart.shipping_address?.phone ?? "" }
  if (savedId) {
    const saved = (await retrieveCustomer())?.addresses?.find((address) => address.id === savedId)
    if (!saved) return fail({ form: "unavailable" })
    const metadata = (saved.metadata ?? {}) as Record<string, unknown>
    input = {
      provinceCode: String(metadata.province_code ?? provinceCodeOfSubdivision(saved.province) ?? ""),
      wardCode: String(metadata.ward_code ?? wardCodeByName(String(metadata.province_code ?? provinceCodeOfSubdivision(saved.province) ?? ""), saved.address_2) ?? ""),
      street: saved.address_1 ?? "",
    }
    const phone = parseVietnamesePhone(saved.phone)
    if (saved.first_name) contact = { first_name: saved.first_name, last_name: saved.last_name ?? "", phone: phone.ok ? phone.national : contact.phone }
  }
  const resolved = resolveAddress(input)
  if (!resolved.address) return fail(savedId ? { form: "ward" } : resolved.errors, { street: input.street })
  const address = { ...resolved.address, ...contact }
  try {
    await updateCart(cart.id, { shipping_address: address, billing_address: address })
  } catch (error) {
    console.error(`storefront: cart ${cart.id} address not saved`, error)
    return fail({ form: "unavailable" })
  }
  return goToStep("shipping")
}

/** Step 3: one of the options Medusa offers for the address. */
export async function saveShipping(_previous: CheckoutFormState, form: FormData): Promise<CheckoutFormState> {
  const cart = await retrieveCheckoutCart()
  if (!cart) return fail({ form: "noCart" })
  const optionId = text(form, "optionId")
  if (!optionId) return fail({ option: "option" })
  try {
    await sdk.store.cart.addShippingMethod(cart.id, { option_id: optionId }, {}, await getAuthHeaders())
  } catch (error) {
    console.error(`storefront: cart ${cart.id} shipping option ${optionId} refused`, error)
    return fail({ option: "option" })
  } finally {
    updateTag(cacheTags.cart(cart.id))
  }
  return goToStep("payment")
}

const PAYMENT_PROVIDERS = ["pp_offline_cod", "pp_offline_bank-transfer"]

/** Step 4: cash on delivery or bank transfer; opens the payment session the review shows. */
export async function savePayment(_previous: CheckoutFormState, form: FormData): Promise<CheckoutFormState> {
  const cart = await retrieveCheckoutCart()
  if (!cart) return fail({ form: "noCart" })
  const providerId = text(form, "providerId")
  if (!PAYMENT_PROVIDERS.includes(providerId)) return fail({ payment: "payment" })
  try {
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, await getAuthHeaders())
  } catch (error) {
    console.error(`storefront: cart ${cart.id} payment session ${providerId} failed`, error)
    return fail({ payment: "unavailable" })
  } finally {
    updateTag(cacheTags.cart(cart.id))
  }
  return goToStep("review")
}

type Completion =
  | { type: "order"; order: HttpTypes.StoreOrder; order_access_token?: string; order_access_token_expires_at?: string }
  | { type: "cart"; cart: HttpTypes.StoreCart; error?: { message?: string } }

/**
 * Step 5: places the order. The guest keeps the order's access token in an httpOnly cookie
 * until it expires (one hour), so the confirmation page can read the order.
 */
export async function placeOrder(_previous: CheckoutFormState, _form: FormData): Promise<CheckoutFormState> {
  const cart = await retrieveCheckoutCart()
  if (!cart) return fail({ form: "noCart" })
  // A logged-in customer's order belongs to their account.
  const customer = await retrieveCustomer()
  let completion: Completion
  try {
    if (customer && cart.customer_id !== customer.id) {
      await sdk.client.fetch(`/store/carts/${cart.id}/customer`, { method: "POST", headers: await getAuthHeaders() }).catch(() => undefined)
    }
    completion = await sdk.client.fetch<Completion>(`/store/carts/${cart.id}/complete`, {
      method: "POST",
      headers: await getAuthHeaders(),
    })
  } catch (error) {
    console.error(`storefront: cart ${cart.id} could not be completed`, error)
    return fail({ form: "notCompleted" })
  } finally {
    updateTag(cacheTags.cart(cart.id))
  }
  if (completion.type !== "order") {
    console.error(`storefront: cart ${cart.id} not completed`, completion.error)
    return fail({ form: "notCompleted" })
  }
  const { order } = completion
  if (completion.order_access_token && completion.order_access_token_expires_at) {
    await setOrderAccessToken(order.id, completion.order_access_token, completion.order_access_token_expires_at)
  }
  await removeCartId()
  const locale = await getLocale()
  return redirect({ href: `/don-hang/${order.id}`, locale })
}
