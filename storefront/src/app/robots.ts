import type { MetadataRoute } from "next"
import { LOCALES, DEFAULT_LOCALE } from "@/i18n/locales"
import { SITE_URL } from "@/lib/seo"

/** Personal and transactional pages, and the endless filter combinations of search, stay out of the index. */
const PRIVATE = ["/gio-hang", "/thanh-toan", "/tai-khoan", "/don-hang", "/tim-kiem", "/so-sanh"]

export default function robots(): MetadataRoute.Robots {
  const prefixes = LOCALES.map((locale) => (locale === DEFAULT_LOCALE ? "" : `/${locale}`))
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", ...prefixes.flatMap((prefix) => PRIVATE.map((path) => `${prefix}${path}`))],
    },
    sitemap: `${SITE_URL}/sitemap.xml`,
    host: SITE_URL,
  }
}
