import { defineRouting } from "next-intl/routing"
import { DEFAULT_LOCALE, LOCALES } from "./locales"

/**
 * Vietnamese at `/…` with no prefix, English at `/en/…`, the same Vietnamese slugs in both.
 * The URL alone decides the language (no Accept-Language or cookie redirects), so every page
 * has one address per language for search engines and shared links.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  // The URL is the only source of the language, so no cookie is needed to remember it.
  localeCookie: false,
})
