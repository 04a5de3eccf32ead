"use server"

import { redirect } from "@/i18n/navigation"
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales"
import { chatIdentity, postMessage, startConversation } from "../data/support"

/** Account → Hỗ trợ: open a ticket (optionally about an order) and reply in its thread. */
export type SupportFormState = { status: "idle" | "error"; message?: string; code?: "subject" | "body" | "login" | "failed" }

const text = (form: FormData, name: string, max: number) => String(form.get(name) ?? "").trim().slice(0, max)
const localeOf = (form: FormData): Locale => {
  const locale = form.get("locale")
  return isLocale(locale) ? locale : DEFAULT_LOCALE
}

function refusal(error: unknown): SupportFormState {
  const status = (error as { status?: number }).status
  if (status === 401) return { status: "error", code: "login" }
  if (status && status < 500 && error instanceof Error) return { status: "error", message: error.message }
  console.error("storefront: support request failed", error)
  return { status: "error", code: "failed" }
}

export async function openTicket(_state: SupportFormState, form: FormData): Promise<SupportFormState> {
  const locale = localeOf(form)
  const subject = text(form, "subject", 200)
  const body = text(form, "body", 5000)
  const orderId = text(form, "order_id", 100)
  if (subject.length < 3) return { status: "error", code: "subject" }
  if (!body) return { status: "error", code: "body" }
  const identity = await chatIdentity()
  if (identity.type !== "customer") return { status: "error", code: "login" }
  let id: string
  try {
    id = (await startConversation(identity, { kind: "ticket", subject, body, order_id: orderId || undefined }, locale)).id
  } catch (error) {
    return refusal(error)
  }
  redirect({ href: `/tai-khoan/ho-tro/${id}`, locale })
  return { status: "idle" }
}

export async function replyToTicket(_state: SupportFormState, form: FormData): Promise<SupportFormState> {
  const locale = localeOf(form)
  const id = text(form, "conversation_id", 100)
  const body = text(form, "body", 5000)
  if (!body) return { status: "error", code: "body" }
  const identity = await chatIdentity()
  if (identity.type !== "customer") return { status: "error", code: "login" }
  try {
    await postMessage(identity, id, body, locale)
  } catch (error) {
    return refusal(error)
  }
  redirect({ href: `/tai-khoan/ho-tro/${id}`, locale })
  return { status: "idle" }
}
