import type { Metadata } from "next"
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/i18n/locales"

/**
 * Addresses, alternates and structured data for search engines, shared by every page.
 * Pure (no Next runtime), so jest tests it and `sitemap.ts` uses the same rules as the pages.
 */

/** The public origin, for canonical URLs, Open Graph and the sitemap (`NEXT_PUBLIC_SITE_URL`). */
export const SITE_URL = (process.env.NEXT_PUBLIC_SITE_URL || process.env.SITE_URL || "http://localhost:8000").replace(/\/+$/, "")

const OG_LOCALE: Record<Locale, string> = { vi: "vi_VN", en: "en_US" }

/** `/san-pham/x` in English is `/en/san-pham/x`; Vietnamese has no prefix (src/i18n/routing.ts). */
export function localizedPath(path: string, locale: Locale): string {
  const clean = path === "/" || path === "" ? "" : path.startsWith("/") ? path : `/${path}`
  if (locale === DEFAULT_LOCALE) return clean || "/"
  return `/${locale}${clean}`
}

export const absoluteUrl = (path: string, locale: Locale, siteUrl = SITE_URL) => `${siteUrl}${localizedPath(path, locale)}`

/**
 * `alternates` for a page's metadata: its canonical address in this language and the
 * hreflang links of both (`x-default` is Vietnamese, the shop's language). `query` is
 * for pages whose canonical form keeps a parameter (a listing's page number).
 */
export function alternates(path: string, locale: Locale, query = "", siteUrl = SITE_URL) {
  const suffix = query ? `?${query.replace(/^\?/, "")}` : ""
  const languages = Object.fromEntries(LOCALES.map((candidate) => [candidate, absoluteUrl(path, candidate, siteUrl) + suffix]))
  return {
    canonical: absoluteUrl(path, locale, siteUrl) + suffix,
    languages: { ...languages, "x-default": absoluteUrl(path, DEFAULT_LOCALE, siteUrl) + suffix },
  }
}

/** Title, description, canonical + hreflang and Open Graph for one page. */
export function pageMetadata({
  path,
  locale,
  title,
  description,
  images = [],
  query,
  noindex = false,
}: {
  path: string
  locale: Locale
  title: string
  description?: string
  images?: { url: string; alt?: string }[]
  query?: string
  noindex?: boolean
}): Metadata {
  const links = alternates(path, locale, query)
  return {
    title,
    ...(description ? { description } : {}),
    alternates: links,
    openGraph: {
      type: "website",
      url: links.canonical,
      title,
      ...(description ? { description } : {}),
      locale: OG_LOCALE[locale],
      alternateLocale: LOCALES.filter((candidate) => candidate !== locale).map((candidate) => OG_LOCALE[candidate]),
      siteName: "Audio Tài Lộc",
      ...(images.length ? { images } : {}),
    },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  }
}

/** Shortens a description to what a result snippet shows, at a word boundary. */
export function snippet(text: string | null | undefined, max = 160): string | undefined {
  const plain = (text ?? "").replace(/\s+/g, " ").trim()
  if (!plain) return undefined
  if (plain.length <= max) return plain
  const cut = plain.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max * 0.6)).trimEnd()}…`
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped, so a product text holding
 * `</script>` cannot end the script and inject markup.
 */
export const jsonLd = (data: unknown) => JSON.stringify(data).replace(/</g, "\\u003c")

export type Crumb = { name: string; path: string }

export function breadcrumbJsonLd(crumbs: Crumb[], locale: Locale, siteUrl = SITE_URL) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path, locale, siteUrl),
    })),
  }
}

export type ProductOfferInput = { sku?: string | null; name: string; price: number; currencyCode: string; inStock: boolean; url: string }

/** schema.org Product with one Offer per variant, prices in VND as Medusa stores them (whole đồng). */
export function productJsonLd({
  name,
  description,
  images,
  brand,
  sku,
  url,
  offers,
}: {
  name: string
  description?: string
  images: string[]
  brand?: string | null
  sku?: string | null
  url: string
  offers: ProductOfferInput[]
}) {
  const availability = (inStock: boolean) => `https://schema.org/${inStock ? "InStock" : "OutOfStock"}`
  const offerOf = (offer: ProductOfferInput) => ({
    "@type": "Offer",
    ...(offer.sku ? { sku: offer.sku } : {}),
    name: offer.name,
    price: String(offer.price),
    priceCurrency: offer.currencyCode.toUpperCase(),
    availability: availability(offer.inStock),
    itemCondition: "https://schema.org/NewCondition",
    url: offer.url,
  })
  const prices = offers.map((offer) => offer.price)
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name,
    ...(description ? { description } : {}),
    ...(images.length ? { image: images } : {}),
    ...(sku ? { sku } : {}),
    ...(brand ? { brand: { "@type": "Brand", name: brand } } : {}),
    url,
    ...(offers.length === 1
      ? { offers: offerOf(offers[0]) }
      : offers.length > 1
        ? {
            offers: {
              "@type": "AggregateOffer",
              priceCurrency: offers[0].currencyCode.toUpperCase(),
              lowPrice: String(Math.min(...prices)),
              highPrice: String(Math.max(...prices)),
              offerCount: offers.length,
              availability: availability(offers.some((offer) => offer.inStock)),
              offers: offers.map(offerOf),
            },
          }
        : {}),
  }
}
