"use server"

import { cookies } from "next/headers"
import { redirect } from "@/i18n/navigation"
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales"
import { sdk } from "../config"
import { getBookingServiceByHandle } from "../data/booking-services"
import { getAuthHeaders } from "../data/cookies"
import type { BookingDraft } from "../util/booking-flow"
import { provinceByCode, wardByCode } from "../vietnam/administrative-units"
import { parseVietnamesePhone } from "../vietnam/phone"
import { medusaProvinceCode } from "../vietnam/provinces"

/**
 * The booking flow's steps (`/dich-vu/<service>/dat-lich?buoc=`) and the account's changes to
 * a booking. What the visitor enters waits in an httpOnly cookie (`tl_booking`), so an address
 * and a phone number never sit in a URL; only the step and the chosen day do. Every call to
 * Medusa carries the page's language, in which the backend words its refusals.
 */
const DRAFT_COOKIE = "tl_booking"

const text = (form: FormData, name: string, max = 500) => String(form.get(name) ?? "").trim().slice(0, max)
const localeOf = (form: FormData): Locale => {
  const locale = form.get("locale")
  return isLocale(locale) ? locale : DEFAULT_LOCALE
}
const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/

export async function readBookingDraft(service: string): Promise<BookingDraft | undefined> {
  const raw = (await cookies()).get(DRAFT_COOKIE)?.value
  if (!raw) return undefined
  try {
    const draft = JSON.parse(raw) as BookingDraft
    return draft.service === service ? draft : undefined
  } catch {
    return undefined
  }
}

async function saveDraft(draft: BookingDraft) {
  ;(await cookies()).set(DRAFT_COOKIE, JSON.stringify(draft), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: 60 * 60 * 24,
  })
}

function goTo(locale: Locale, service: string, step: string, extra: Record<string, string> = {}): never {
  redirect({ href: { pathname: `/dich-vu/${service}/dat-lich`, query: { buoc: step, ...extra } }, locale })
  throw new Error("unreachable")
}

async function draftFor(form: FormData): Promise<{ locale: Locale; service: string; draft: BookingDraft }> {
  const service = text(form, "service", 100)
  if (!HANDLE.test(service)) throw new Error("unknown service")
  const product = text(form, "product", 200)
  const draft = (await readBookingDraft(service)) ?? { service }
  if (product && HANDLE.test(product)) draft.product = product
  return { locale: localeOf(form), service, draft }
}

/** Step 1: province, ward and street (the 2025 units; the province goes to Medusa as "vn-sg"). */
export async function saveBookingAddress(form: FormData) {
  const { locale, service, draft } = await draftFor(form)
  const province = text(form, "province", 10)
  const ward = text(form, "ward", 10)
  const street = text(form, "street", 255)
  if (!provinceByCode(province) || !wardByCode(province, ward) || !street) {
    await saveDraft({ ...draft, province: province || undefined, ward: ward || undefined, street: street || undefined })
    goTo(locale, service, "dia-chi", { loi: "address" })
  }
  // A new address may change which slots exist: the slot chosen before no longer holds.
  const moved = draft.province !== province
  await saveDraft({ ...draft, province, ward, street, ...(moved ? { starts_at: undefined } : {}) })
  goTo(locale, service, "thoi-gian")
}

/** Step 2: the slot picked on the calendar. */
export async function saveBookingSlot(form: FormData) {
  const { locale, service, draft } = await draftFor(form)
  const startsAt = text(form, "starts_at", 40)
  if (!startsAt || Number.isNaN(new Date(startsAt).getTime())) goTo(locale, service, "thoi-gian", { loi: "slot", ...(form.get("day") ? { ngay: text(form, "day", 10) } : {}) })
  await saveDraft({ ...draft, starts_at: new Date(startsAt).toISOString() })
  goTo(locale, service, "lien-he")
}

/** Step 3: a phone the technician can call, and notes. */
export async function saveBookingContact(form: FormData) {
  const { locale, service, draft } = await draftFor(form)
  const phone = parseVietnamesePhone(text(form, "phone", 30))
  const notes = text(form, "notes", 2000)
  if (!phone.ok) {
    await saveDraft({ ...draft, notes })
    goTo(locale, service, "lien-he", { loi: "phone" })
  }
  await saveDraft({ ...draft, phone: phone.national, notes })
  goTo(locale, service, "xac-nhan")
}

export type BookingActionState = { status: "idle" | "error"; message?: string; code?: "slot_taken" | "login" | "failed" }

/** Medusa's own sentence (in the page's language) when it has one; else a key the page words. */
function refusal(error: unknown): BookingActionState {
  const status = (error as { status?: number }).status
  if (status === 401) return { status: "error", code: "login" }
  if (status && status < 500 && error instanceof Error && error.message) {
    return { status: "error", message: error.message, code: status === 409 ? "slot_taken" : undefined }
  }
  console.error("storefront: booking request failed", error)
  return { status: "error", code: "failed" }
}

/**
 * Step 4: book it (`POST /store/bookings`). The Idempotency-Key was made when the confirm step
 * was shown: a double tap or a retry of this attempt returns the same booking, never two.
 */
export async function confirmBooking(_state: BookingActionState, form: FormData): Promise<BookingActionState> {
  const { locale, service, draft } = await draftFor(form)
  const auth = await getAuthHeaders()
  if (!("authorization" in auth)) return { status: "error", code: "login" }
  const offering = await getBookingServiceByHandle(service)
  if (!offering || !draft.starts_at) return { status: "error", code: "failed" }
  const key = text(form, "idempotency_key", 100)
  const provinceName = draft.province ? provinceByCode(draft.province)?.name : undefined
  const wardName = draft.province && draft.ward ? wardByCode(draft.province, draft.ward)?.name : undefined
  let bookingId: string
  try {
    const { booking } = await sdk.client.fetch<{ booking: { id: string } }>("/store/bookings", {
      method: "POST",
      headers: { ...auth, "accept-language": locale, ...(key ? { "idempotency-key": key } : {}) },
      body: {
        service_id: offering.id,
        starts_at: draft.starts_at,
        ...(offering.requires_address && draft.province && provinceName
          ? {
              province_code: medusaProvinceCode(draft.province),
              address: { address_1: draft.street ?? "", ward: wardName, city: provinceName, phone: draft.phone },
            }
          : {}),
        ...(draft.phone ? { contact_phone: draft.phone } : {}),
        ...(draft.notes ? { notes: draft.notes } : {}),
      },
    })
    bookingId = booking.id
  } catch (error) {
    return refusal(error)
  }
  ;(await cookies()).delete(DRAFT_COOKIE)
  redirect({ href: { pathname: `/tai-khoan/lich-hen/${bookingId}`, query: { moi: "1" } }, locale })
  return { status: "idle" }
}

/** Account → Lịch hẹn: cancel, refused before asking when the 24-hour rule already forbids it. */
export async function cancelBooking(_state: BookingActionState, form: FormData): Promise<BookingActionState> {
  const locale = localeOf(form)
  const id = text(form, "booking_id", 100)
  const auth = await getAuthHeaders()
  if (!("authorization" in auth)) return { status: "error", code: "login" }
  try {
    await sdk.client.fetch(`/store/bookings/${encodeURIComponent(id)}/cancel`, {
      method: "POST",
      headers: { ...auth, "accept-language": locale },
      body: text(form, "reason") ? { reason: text(form, "reason") } : {},
    })
  } catch (error) {
    return refusal(error)
  }
  redirect({ href: { pathname: `/tai-khoan/lich-hen/${id}`, query: { huy: "1" } }, locale })
  return { status: "idle" }
}

/** Account → Lịch hẹn → Đổi lịch: move the booking to another open slot. */
export async function rescheduleBooking(_state: BookingActionState, form: FormData): Promise<BookingActionState> {
  const locale = localeOf(form)
  const id = text(form, "booking_id", 100)
  const startsAt = text(form, "starts_at", 40)
  const auth = await getAuthHeaders()
  if (!("authorization" in auth)) return { status: "error", code: "login" }
  if (!startsAt) return { status: "error", code: "failed" }
  try {
    await sdk.client.fetch(`/store/bookings/${encodeURIComponent(id)}/reschedule`, {
      method: "POST",
      headers: { ...auth, "accept-language": locale },
      body: { starts_at: new Date(startsAt).toISOString() },
    })
  } catch (error) {
    return refusal(error)
  }
  redirect({ href: { pathname: `/tai-khoan/lich-hen/${id}`, query: { doi: "1" } }, locale })
  return { status: "idle" }
}
