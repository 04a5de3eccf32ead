import { parsePhoneNumberFromString } from "libphonenumber-js/max"

export type VietnamesePhone = { ok: true; e164: string; national: string } | { ok: false }

/**
 * A Vietnamese mobile or landline number as a customer types it ("0901 234 567",
 * "+84 90 123 4567", "84901234567"): valid for Việt Nam by libphonenumber's full metadata,
 * given back as E.164 (for Medusa and the lookup) and in the national form couriers dial.
 */
export function parseVietnamesePhone(input: string | null | undefined): VietnamesePhone {
  const raw = (input ?? "").trim()
  if (!raw || raw.length > 20 || /[^\d\s+().-]/.test(raw)) return { ok: false }
  const withPlus = /^84\d{9,10}$/.test(raw.replace(/\D/g, "")) && !raw.startsWith("0") ? `+${raw.replace(/\D/g, "")}` : raw
  const phone = parsePhoneNumberFromString(withPlus, "VN")
  if (!phone || phone.country !== "VN" || !phone.isValid()) return { ok: false }
  const type = phone.getType()
  if (type && !["MOBILE", "FIXED_LINE", "FIXED_LINE_OR_MOBILE"].includes(type)) return { ok: false }
  return { ok: true, e164: phone.number, national: phone.formatNational() }
}
