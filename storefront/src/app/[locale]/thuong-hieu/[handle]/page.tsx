import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { listingPage } from "@/lib/data/catalog"
import { getBrandByHandle } from "@/lib/data/collections"
import { getCompareList } from "@/lib/data/cookies"
import { getRegion } from "@/lib/data/regions"
import { breadcrumbJsonLd, jsonLd, pageMetadata } from "@/lib/seo"
import { parseCompareList } from "@/lib/util/compare"
import { parseFilters, type RawSearchParams } from "@/lib/util/facets"
import { Breadcrumbs } from "@/modules/catalog/components/breadcrumbs"
import { ListingTemplate } from "@/modules/catalog/templates/listing-template"
import styles from "@/modules/catalog/components/catalog.module.css"

type Props = { params: Promise<{ locale: Locale; handle: string }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const brand = await getBrandByHandle(handle).catch(() => undefined)
  if (!brand) return {}
  const t = await getTranslations({ locale, namespace: "catalog.brand" })
  const { page } = parseFilters(await searchParams)
  return pageMetadata({
    path: `/thuong-hieu/${brand.handle}`,
    locale,
    title: page > 1 ? t("titlePaged", { name: brand.title, page }) : t("title", { name: brand.title }),
    description: t("description", { name: brand.title }),
    query: page > 1 ? `trang=${page}` : "",
  })
}

/** `/thuong-hieu/jbl`: one brand's products (a Medusa collection), with the same filters as a category. */
export default async function BrandPage({ params, searchParams }: Props) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const [brand, region, t, compareCookie] = await Promise.all([getBrandByHandle(handle), getRegion(), getTranslations("catalog"), getCompareList()])
  if (!brand || !region) notFound()
  const filters = parseFilters(await searchParams)
  const pathname = `/thuong-hieu/${brand.handle}`
  const listing = await listingPage({
    regionId: region.id,
    filters: { ...filters, brands: [] },
    scope: { brandHandle: brand.handle },
    defaultSort: "moi-nhat",
    fallback: { collectionId: brand.id },
  })
  const crumbs = [{ name: t("home"), path: "/" }, { name: brand.title, path: pathname }]
  return (
    <ListingTemplate
      pathname={pathname}
      filters={{ ...filters, brands: [] }}
      listing={listing}
      compare={parseCompareList(compareCookie)}
      sorts={["moi-nhat", "gia-tang", "gia-giam"]}
      defaultSort="moi-nhat"
      showBrands={false}
      header={
        <header className={styles.listingHeader}>
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(breadcrumbJsonLd(crumbs, locale)) }} />
          <Breadcrumbs crumbs={crumbs} />
          <h1>{t("brand.title", { name: brand.title })}</h1>
        </header>
      }
    />
  )
}
