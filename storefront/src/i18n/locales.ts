/** The shop's languages, with no framework import so plain helpers (and their tests) can use them. */
export const LOCALES = ["vi", "en"] as const
export const DEFAULT_LOCALE = "vi"
export type Locale = (typeof LOCALES)[number]

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)
