import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listingHref, pageWindow, withPage, type ListingFilters } from "@/lib/util/facets"
import styles from "./catalog.module.css"

/** Previous, numbered pages around the current one, next. */
export async function Pagination({
  pathname,
  filters,
  pageCount,
  extra = {},
}: {
  pathname: string
  filters: ListingFilters
  pageCount: number
  extra?: Record<string, string | undefined>
}) {
  if (pageCount <= 1) return null
  const t = await getTranslations("catalog.listing")
  const current = Math.min(filters.page, pageCount)
  const href = (page: number) => listingHref(pathname, withPage(filters, page), extra)
  return (
    <nav className={styles.pagination} aria-label={t("pagination")}>
      {current > 1 && <Link href={href(current - 1)} rel="prev" className={styles.page}>{t("previous")}</Link>}
      {pageWindow(current, pageCount).map((page, index) =>
        page === null ? (
          <span key={`gap-${index}`} className={styles.gap} aria-hidden="true">…</span>
        ) : (
          <Link key={page} href={href(page)} className={styles.page} aria-current={page === current ? "page" : undefined} aria-label={t("page", { page })}>
            {page}
          </Link>
        )
      )}
      {current < pageCount && <Link href={href(current + 1)} rel="next" className={styles.page}>{t("next")}</Link>}
    </nav>
  )
}
