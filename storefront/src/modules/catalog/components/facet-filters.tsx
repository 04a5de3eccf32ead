import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import {
  clearFilters,
  hasFilters,
  listingHref,
  PARAMS,
  PRICE_BANDS,
  toggleInStock,
  togglePriceBand,
  toggleValue,
  withoutPrice,
  type FacetCounts,
  type ListingFilters,
} from "@/lib/util/facets"
import { formatPrice } from "@/lib/util/money"
import styles from "./catalog.module.css"

type Props = {
  pathname: string
  filters: ListingFilters
  facets: FacetCounts
  brandHandles: Map<string, string>
  /** Parameters that are not filters but stay on every link (the search query). */
  extra?: Record<string, string | undefined>
  showBrands: boolean
}

/** One filter value: a link that ticks or unticks it, with its count. */
function FacetLink({ href, selected, label, count, testId }: { href: string; selected: boolean; label: string; count?: number; testId?: string }) {
  return (
    <li>
      <Link href={href} rel="nofollow" scroll={false} className={styles.facet} aria-current={selected ? "true" : undefined} data-testid={testId}>
        <span className={styles.facetBox} aria-hidden="true">{selected ? "✓" : ""}</span>
        <span className={styles.facetLabel}>{label}</span>
        {count !== undefined && <span className={styles.facetCount}>({count})</span>}
      </Link>
    </li>
  )
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className={styles.facetGroup}>
      <legend>{title}</legend>
      <ul>{children}</ul>
    </fieldset>
  )
}

/**
 * The listing's filters as links: every choice is a URL (shareable, crawlable with
 * nofollow, works without JavaScript), each with the number of products it leads to.
 */
export async function FacetFilters({ pathname, filters, facets, brandHandles, extra = {}, showBrands }: Props) {
  const t = await getTranslations("catalog.filters")
  const href = (next: ListingFilters) => listingHref(pathname, next, extra)

  const brandRows = facets.brands
    .map((brand) => ({ ...brand, handle: brandHandles.get(brand.name) }))
    .filter((brand): brand is { name: string; count: number; handle: string } => Boolean(brand.handle))
  const connectivity = [...facets.connectivity]
  for (const value of filters.connectivity) if (!connectivity.some((entry) => entry.value === value)) connectivity.push({ value, count: 0 })

  // A typed range keeps the other filters: they travel as hidden fields of the GET form.
  const withoutPriceParams = new URLSearchParams(listingHref("", withoutPrice(filters), extra).split("?")[1] ?? "")

  return (
    <div className={styles.facets} data-testid="facets">
      {hasFilters(filters) && (
        <p><Link href={href(clearFilters(filters))} rel="nofollow" className={styles.clearAll}>{t("clearAll")}</Link></p>
      )}

      {showBrands && brandRows.length > 0 && (
        <Group title={t("brand")}>
          {brandRows.map((brand) => (
            <FacetLink
              key={brand.handle}
              href={href(toggleValue(filters, "brands", brand.handle))}
              selected={filters.brands.includes(brand.handle)}
              label={brand.name}
              count={brand.count}
              testId={`facet-brand-${brand.handle}`}
            />
          ))}
        </Group>
      )}

      <Group title={t("price")}>
        {PRICE_BANDS.map((band) => {
          const count = facets.price.find((entry) => entry.key === band.key)?.count ?? 0
          const selected = filters.priceBand === band.key
          if (!count && !selected) return null
          return (
            <FacetLink key={band.key} href={href(togglePriceBand(filters, band.key))} selected={selected} label={t(`priceBands.${band.key}`)} count={count} testId={`facet-price-${band.key}`} />
          )
        })}
        <li>
          <form method="get" className={styles.priceForm}>
            {[...withoutPriceParams].map(([name, value], index) => (
              <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
            ))}
            <label>
              <span>{t("priceFrom")}</span>
              <input type="number" name={PARAMS.priceMin} min={0} step={100000} inputMode="numeric" defaultValue={filters.priceMin} placeholder="0" />
            </label>
            <label>
              <span>{t("priceTo")}</span>
              <input type="number" name={PARAMS.priceMax} min={0} step={100000} inputMode="numeric" defaultValue={filters.priceMax} placeholder="50000000" />
            </label>
            <button type="submit" className="button">{t("apply")}</button>
          </form>
          {(filters.priceMin !== undefined || filters.priceMax !== undefined) && (
            <p className={styles.muted}>
              {t("priceRange", {
                from: filters.priceMin !== undefined ? formatPrice(filters.priceMin) : "0 ₫",
                to: filters.priceMax !== undefined ? formatPrice(filters.priceMax) : "…",
              })}
            </p>
          )}
        </li>
      </Group>

      {(facets.power.length > 0 || filters.power.length > 0) && (
        <Group title={t("power")}>
          {facets.power.map((band) => (
            <FacetLink key={band.key} href={href(toggleValue(filters, "power", band.key))} selected={filters.power.includes(band.key)} label={t(`powerBands.${band.key}`)} count={band.count} testId={`facet-power-${band.key}`} />
          ))}
        </Group>
      )}

      {facets.impedance.length > 0 && (
        <Group title={t("impedance")}>
          {facets.impedance.map(({ ohm, count }) => (
            <FacetLink key={ohm} href={href(toggleValue(filters, "impedance", ohm))} selected={filters.impedance.includes(ohm)} label={`${ohm.toLocaleString("vi-VN")} Ω`} count={count} />
          ))}
        </Group>
      )}

      {connectivity.length > 0 && (
        <Group title={t("connectivity")}>
          {connectivity.map(({ value, count }) => (
            <FacetLink key={value} href={href(toggleValue(filters, "connectivity", value))} selected={filters.connectivity.includes(value)} label={value} count={count} />
          ))}
        </Group>
      )}

      <Group title={t("availability")}>
        <FacetLink href={href(toggleInStock(filters))} selected={filters.inStock} label={t("inStock")} count={facets.inStock} testId="facet-in-stock" />
      </Group>
    </div>
  )
}
