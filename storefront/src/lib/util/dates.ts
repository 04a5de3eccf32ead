/** Every date a customer reads is the shop's local time, wherever the server or browser runs. */
export const SHOP_TIME_ZONE = "Asia/Ho_Chi_Minh"

type Language = "vi" | "en"

// en-GB, not en-US: day before month, as Vietnamese customers and staff write dates.
const intlLocale = (language: Language) => (language === "en" ? "en-GB" : "vi-VN")

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(language: Language, options: Intl.DateTimeFormatOptions) {
  const key = `${language}:${JSON.stringify(options)}`
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.DateTimeFormat(intlLocale(language), { timeZone: SHOP_TIME_ZONE, ...options })
    formatters.set(key, cached)
  }
  return cached
}

const toDate = (value: Date | string | number) => (value instanceof Date ? value : new Date(value))

/** "7 tháng 12, 2026" / "7 December 2026": for articles and order history. */
export const formatDate = (value: Date | string | number, language: Language = "vi") =>
  formatter(language, { dateStyle: "long" }).format(toDate(value))

/** "07/12/2026" in both languages: for tables and compact lists. */
export const formatShortDate = (value: Date | string | number, language: Language = "vi") =>
  formatter(language, { day: "2-digit", month: "2-digit", year: "numeric" }).format(toDate(value))

/** "09:00": 24-hour clock in both languages. */
export const formatTime = (value: Date | string | number, language: Language = "vi") =>
  formatter(language, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(toDate(value))

/**
 * "09:00 Thứ Hai, 07/12/2026" / "09:00 Mon, 07/12/2026": appointments and order times, the
 * same shape the backend's messages use (@tailoc/shop-locale).
 */
export function formatDateTime(value: Date | string | number, language: Language = "vi") {
  const date = toDate(value)
  const weekday = formatter(language, { weekday: language === "en" ? "short" : "long" }).format(date)
  return `${formatTime(date, language)} ${weekday}, ${formatShortDate(date, language)}`
}
