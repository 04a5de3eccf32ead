import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { listCategoryTree } from "@/lib/data/categories"
import { listingPage } from "@/lib/data/catalog"
import { getCompareList } from "@/lib/data/cookies"
import { getRegion } from "@/lib/data/regions"
import { searchSuggestions } from "@/lib/data/search"
import { pageMetadata } from "@/lib/seo"
import { parseCompareList } from "@/lib/util/compare"
import { parseFilters, type RawSearchParams } from "@/lib/util/facets"
import { ListingTemplate } from "@/modules/catalog/templates/listing-template"
import styles from "@/modules/catalog/components/catalog.module.css"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<RawSearchParams> }

const queryOf = (raw: RawSearchParams) => {
  const value = raw instanceof URLSearchParams ? raw.get("q") : raw.q
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim().replace(/\s+/g, " ").slice(0, 100)
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "search" })
  const q = queryOf(await searchParams)
  return pageMetadata({ path: "/tim-kiem", locale, title: q ? `${t("resultsTitle")}: ${q}` : t("resultsTitle"), noindex: true })
}

/**
 * `/tim-kiem?q=`: the search API's results (accents optional, typos tolerated) with the
 * listing's facets, sort (relevance first) and paging; when nothing matches, the
 * suggestions for the first word and the shop's categories.
 */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const raw = await searchParams
  const q = queryOf(raw)
  const [t, region, compareCookie] = await Promise.all([getTranslations("catalog.search"), getRegion(), getCompareList()])
  const title = (await getTranslations("search"))("resultsTitle")
  const searchForm = (
    <form role="search" method="get" className={styles.searchForm}>
      <label htmlFor="search-page-q">{t("label")}</label>
      <input id="search-page-q" type="search" name="q" defaultValue={q} maxLength={100} placeholder={t("placeholder")} />
      <button type="submit" className="button button--primary">{t("submit")}</button>
    </form>
  )
  if (!q || !region) {
    return (
      <div className={styles.listing}>
        <h1>{title}</h1>
        {searchForm}
        <p>{t("emptyQuery")}</p>
      </div>
    )
  }
  const filters = parseFilters(raw)
  const listing = await listingPage({ regionId: region.id, filters, scope: { q }, defaultSort: "lien-quan", fallback: { q } })

  return (
    <ListingTemplate
      pathname="/tim-kiem"
      extra={{ q }}
      filters={filters}
      listing={listing}
      compare={parseCompareList(compareCookie)}
      sorts={["lien-quan", "moi-nhat", "gia-tang", "gia-giam"]}
      defaultSort="lien-quan"
      header={
        <header className={styles.listingHeader}>
          <h1>{t("title", { query: q })}</h1>
          {searchForm}
        </header>
      }
      empty={<NoResults q={q} />}
    />
  )
}

/** Nothing found: the shorter query's suggestions, then every top category. */
async function NoResults({ q }: { q: string }) {
  const t = await getTranslations("catalog.search")
  const shorter = q.split(" ")[0]
  const [suggestions, categories] = await Promise.all([
    shorter !== q ? searchSuggestions(shorter, 5).catch(() => null) : Promise.resolve(null),
    listCategoryTree().catch(() => []),
  ])
  return (
    <div className="notice" data-testid="no-results">
      <p><strong>{t("noResults", { query: q })}</strong></p>
      <ul className={styles.tips}>
        <li>{t("tipSpelling")}</li>
        <li>{t("tipShorter")}</li>
      </ul>
      {suggestions?.products.length ? (
        <>
          <p>{t("tryInstead")}</p>
          <ul className={styles.chips}>
            {suggestions.products.map((product) => (
              <li key={product.id}><Link href={`/san-pham/${product.handle}`} className={styles.chip}>{product.title}</Link></li>
            ))}
          </ul>
        </>
      ) : null}
      {categories.length > 0 && (
        <>
          <p>{t("browseCategories")}</p>
          <ul className={styles.chips}>
            {categories.map((category) => (
              <li key={category.id}><Link href={`/danh-muc/${category.handle}`} className={styles.chip}>{category.name}</Link></li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
