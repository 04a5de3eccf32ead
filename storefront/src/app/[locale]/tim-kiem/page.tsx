import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { listProducts } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { ProductCard } from "@/modules/products/components/product-card"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "search" })
  return { title: t("resultsTitle"), robots: { index: false } }
}

/** Minimal results page behind the header's search form; the catalog engineer adds facets and paging. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : raw ?? "").trim().slice(0, 100)
  const t = await getTranslations("search")
  if (!q) return <><h1>{t("resultsTitle")}</h1><p>{t("emptyQuery")}</p></>
  const region = await getRegion()
  const { products, count } = region ? await listProducts({ regionId: region.id, q, limit: 24 }) : { products: [], count: 0 }
  return (
    <>
      <h1>{t("resultsTitle")}</h1>
      <p>{t("resultsFor", { count, query: q })}</p>
      <div className="product-grid">{products.map((product) => <ProductCard key={product.id} product={product} />)}</div>
    </>
  )
}
