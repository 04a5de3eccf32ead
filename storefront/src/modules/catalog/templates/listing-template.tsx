import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import type { ListingPage } from "@/lib/data/catalog"
import { clearFilters, hasFilters, listingHref, type ListingFilters, type SortKey } from "@/lib/util/facets"
import { CompareBar } from "../components/compare-bar"
import { FacetFilters } from "../components/facet-filters"
import { FilterPanel } from "../components/filter-panel"
import { ListingGrid } from "../components/listing-grid"
import { Pagination } from "../components/pagination"
import { SortBar } from "../components/sort-bar"
import styles from "../components/catalog.module.css"

const activeCount = (filters: ListingFilters) =>
  filters.brands.length +
  filters.power.length +
  filters.impedance.length +
  filters.connectivity.length +
  (filters.inStock ? 1 : 0) +
  (filters.priceBand || filters.priceMin !== undefined || filters.priceMax !== undefined ? 1 : 0)

/**
 * A category, brand or search listing: filters with counts beside the results (a
 * disclosure on a phone), sort, cards with "So sánh", paging, and a way out when nothing matches.
 */
export async function ListingTemplate({
  pathname,
  header,
  listing,
  filters,
  compare,
  sorts,
  defaultSort,
  showBrands = true,
  extra = {},
  empty,
}: {
  pathname: string
  header: ReactNode
  listing: ListingPage
  filters: ListingFilters
  compare: string[]
  sorts: SortKey[]
  defaultSort: SortKey
  showBrands?: boolean
  extra?: Record<string, string | undefined>
  /** What to show when there is nothing at all (no filter to loosen). */
  empty?: ReactNode
}) {
  const t = await getTranslations("catalog.listing")
  return (
    <div className={styles.listing}>
      {header}
      <CompareBar handles={compare} />
      <div className={styles.listingBody}>
        {listing.searchable && (
          <FilterPanel active={activeCount(filters)}>
            <FacetFilters pathname={pathname} filters={filters} facets={listing.facets} brandHandles={listing.brandHandles} extra={extra} showBrands={showBrands} />
          </FilterPanel>
        )}
        <section className={styles.results} aria-label={t("results")}>
          <SortBar pathname={pathname} filters={filters} count={listing.count} sorts={listing.searchable ? sorts : []} defaultSort={defaultSort} extra={extra} />
          {listing.products.length ? (
            <ListingGrid products={listing.products} compare={compare} />
          ) : hasFilters(filters) ? (
            <div className="notice">
              <p>{t("noMatch")}</p>
              <p><Link href={listingHref(pathname, clearFilters(filters), extra)} rel="nofollow">{t("clearFilters")}</Link></p>
            </div>
          ) : (
            empty ?? <p className="notice">{t("empty")}</p>
          )}
          <Pagination pathname={pathname} filters={filters} pageCount={listing.pageCount} extra={extra} />
        </section>
      </div>
    </div>
  )
}
