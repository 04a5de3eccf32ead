import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { containsPattern } from "../../modules/support/utils/like-pattern"

/** At most this many matches feed the inbox's own filters and paging. */
const MAX_MATCHES = 500
const CUSTOMER_FIELDS = ["first_name", "last_name", "email", "phone", "company_name"] as const

/**
 * The ways a Vietnamese phone number is written: "0901 234 567", "+84 901234567", "84901234567".
 * Empty when `text` is not a phone number.
 */
export function phoneVariants(text: string): string[] {
  if (!/^\+?[\d\s.\-()]{6,}$/.test(text)) return []
  const digits = text.replace(/\D/g, "")
  const national = digits.startsWith("84") ? digits.slice(2) : digits.replace(/^0/, "")
  return [...new Set([digits, `0${national}`, `+84${national}`, `84${national}`])]
}

/** "#1024" or "1024": an order's display number. */
const orderNumberOf = (text: string) => {
  const match = /^#?(\d{1,9})$/.exec(text)
  return match ? Number(match[1]) : undefined
}

/**
 * Customers whose name, e-mail, phone or company contain every word of `text` (so "Nguyễn An"
 * finds last_name "Nguyễn Văn", first_name "An"), or whose phone is written another way.
 * Through Query (the customer module): its table is not ours to read.
 */
async function matchingCustomerIds(scope: MedusaContainer, text: string): Promise<string[]> {
  const words = text.split(/\s+/).filter(Boolean).slice(0, 6)
  const anyField = (word: string) => ({ $or: CUSTOMER_FIELDS.map((field) => ({ [field]: { $ilike: containsPattern(word) } })) })
  const phones = phoneVariants(text).map((phone) => ({ phone: { $ilike: containsPattern(phone) } }))
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["id"],
    filters: { $or: [{ $and: words.map(anyField) }, ...phones] },
    pagination: { take: MAX_MATCHES },
  })
  return data.map((customer: { id: string }) => customer.id)
}

async function matchingOrderIds(scope: MedusaContainer, text: string): Promise<string[]> {
  const displayId = orderNumberOf(text)
  if (displayId === undefined) return []
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id"],
    filters: { display_id: displayId },
    pagination: { take: MAX_MATCHES },
  })
  return data.map((order: { id: string }) => order.id)
}

/** The ids of the conversations staff mean by `text`: a customer, a phone, an order number or words in a message. */
export async function conversationIdsMatching(scope: MedusaContainer, text: string): Promise<string[]> {
  const [customerIds, orderIds] = await Promise.all([matchingCustomerIds(scope, text), matchingOrderIds(scope, text)])
  const support: SupportModuleService = scope.resolve(SUPPORT_MODULE)
  return support.searchConversationIds({ text, customerIds, orderIds, limit: MAX_MATCHES })
}
