"use strict"
/**
 * Messages the API sends to people are Vietnamese unless the caller prefers English, and
 * times in them are the shop's local time (Asia/Ho_Chi_Minh), never UTC.
 */
const SHOP_TIME_ZONE = "Asia/Ho_Chi_Minh"
const LANGUAGES = ["vi", "en"]

/** "vi" or "en" from an Accept-Language header (by quality); Vietnamese when neither is asked for. */
function preferredLanguage(acceptLanguage) {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(",") : String(acceptLanguage ?? "")
  let best = { language: "vi", quality: 0 }
  for (const part of header.split(",")) {
    const [tag, ...parameters] = part.trim().split(";")
    const language = tag.trim().toLowerCase().split("-")[0]
    if (!LANGUAGES.includes(language)) continue
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="))
    const quality = q ? Number(q.slice(2)) : 1
    if (Number.isFinite(quality) && quality > best.quality) best = { language, quality }
  }
  return best.language
}

/** The language of a request (its Accept-Language header). */
function languageOf(req) {
  return preferredLanguage(req?.headers?.["accept-language"])
}

/** Picks the sentence for `language` from { vi, en }. */
function localized(language, texts) {
  return language === "en" ? texts.en : texts.vi
}

const formatters = new Map()
function formatter(language, options) {
  const key = `${language}:${JSON.stringify(options)}`
  if (!formatters.has(key)) {
    formatters.set(key, new Intl.DateTimeFormat(language === "en" ? "en-GB" : "vi-VN", { timeZone: SHOP_TIME_ZONE, ...options }))
  }
  return formatters.get(key)
}

/** "09:00 thứ Hai, 07/12/2026" or "09:00 Mon, 07/12/2026" in the shop's time zone. */
function formatShopDateTime(date, language = "vi") {
  const value = date instanceof Date ? date : new Date(date)
  const time = formatter(language, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(value)
  const weekday = formatter(language, { weekday: language === "en" ? "short" : "long" }).format(value)
  const day = formatter(language, { day: "2-digit", month: "2-digit", year: "numeric" }).format(value)
  return `${time} ${weekday}, ${day}`
}

/** "07/12/2026" in the shop's time zone. */
function formatShopDate(date, language = "vi") {
  const value = date instanceof Date ? date : new Date(date)
  return formatter(language, { day: "2-digit", month: "2-digit", year: "numeric" }).format(value)
}

module.exports = { SHOP_TIME_ZONE, preferredLanguage, languageOf, localized, formatShopDateTime, formatShopDate }
