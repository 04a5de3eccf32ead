import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listingHref, withSort, type ListingFilters, type SortKey } from "@/lib/util/facets"
import styles from "./catalog.module.css"

/** The result count and the sort choices, each a link (the current one marked). */
export async function SortBar({
  pathname,
  filters,
  count,
  sorts,
  defaultSort,
  extra = {},
}: {
  pathname: string
  filters: ListingFilters
  count: number
  sorts: SortKey[]
  defaultSort: SortKey
  extra?: Record<string, string | undefined>
}) {
  const t = await getTranslations("catalog")
  const current = filters.sort ?? defaultSort
  return (
    <div className={styles.sortBar}>
      <p className={styles.resultCount} data-testid="result-count" role="status">{t("listing.count", { count })}</p>
      <nav aria-label={t("sort.label")} className={styles.sorts}>
        <span className={styles.muted}>{t("sort.label")}:</span>
        {sorts.map((sort) => (
          <Link
            key={sort}
            href={listingHref(pathname, withSort(filters, sort, defaultSort), extra)}
            rel="nofollow"
            scroll={false}
            className={styles.sort}
            aria-current={sort === current ? "true" : undefined}
            data-testid={`sort-${sort}`}
          >
            {t(`sort.${sort}`)}
          </Link>
        ))}
      </nav>
    </div>
  )
}
