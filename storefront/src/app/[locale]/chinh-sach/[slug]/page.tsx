import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { HOTLINE, POLICY_SLUGS, type PolicySlug } from "@/lib/shop"

type Props = { params: Promise<{ locale: Locale; slug: string }> }

const isPolicy = (slug: string): slug is PolicySlug => (POLICY_SLUGS as readonly string[]).includes(slug)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isPolicy(slug)) return {}
  const t = await getTranslations({ locale, namespace: "policies" })
  return { title: t(slug) }
}

/**
 * Warranty, returns, shipping, payment and privacy. Until the CMS's `pages` collection
 * lands, each says it is being updated and gives the hotline.
 */
export default async function PolicyPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isPolicy(slug)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations("policies")
  return (
    <article className="content">
      <h1>{t(slug)}</h1>
      <p className="notice">{t("comingSoon", { hotline: HOTLINE })}</p>
    </article>
  )
}
