import type { Metadata } from "next"
import { notFound, permanentRedirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getPathname, Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { categoryHref, descendantsOf, findCategoryPath, listingPage } from "@/lib/data/catalog"
import { listCategoryTree } from "@/lib/data/categories"
import { getCompareList } from "@/lib/data/cookies"
import { getRegion } from "@/lib/data/regions"
import { breadcrumbJsonLd, jsonLd, pageMetadata, snippet } from "@/lib/seo"
import { parseCompareList } from "@/lib/util/compare"
import { parseFilters, type RawSearchParams } from "@/lib/util/facets"
import { Breadcrumbs } from "@/modules/catalog/components/breadcrumbs"
import { ListingTemplate } from "@/modules/catalog/templates/listing-template"
import styles from "@/modules/catalog/components/catalog.module.css"

type Props = { params: Promise<{ locale: Locale; handle: string[] }>; searchParams: Promise<RawSearchParams> }

async function categoryPathOf(handles: string[]) {
  const last = handles[handles.length - 1]
  return last ? findCategoryPath(await listCategoryTree(), decodeURIComponent(last)) : undefined
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const path = await categoryPathOf(handle).catch(() => undefined)
  if (!path) return {}
  const category = path[path.length - 1]
  const t = await getTranslations({ locale, namespace: "catalog.category" })
  const { page } = parseFilters(await searchParams)
  return pageMetadata({
    path: categoryHref(path),
    locale,
    title: page > 1 ? t("titlePaged", { name: category.name, page }) : category.name,
    description: snippet(category.description) ?? t("description", { name: category.name }),
    query: page > 1 ? `trang=${page}` : "",
  })
}

/** `/danh-muc/loa/loa-karaoke`: a category and its subcategories' products, filtered, sorted, paged. */
export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const [path, region, t, compareCookie] = await Promise.all([categoryPathOf(handle), getRegion(), getTranslations("catalog"), getCompareList()])
  if (!path || !region) notFound()
  const canonical = categoryHref(path)
  const raw = await searchParams
  // One address per category: `/danh-muc/loa-karaoke` and a stale parent both lead to `/danh-muc/loa/loa-karaoke`.
  if (`/danh-muc/${handle.map(decodeURIComponent).join("/")}` !== canonical) {
    const query = new URLSearchParams(Object.entries(raw).flatMap(([key, value]) => [value ?? []].flat().map((item) => [key, item]))).toString()
    permanentRedirect(getPathname({ href: query ? `${canonical}?${query}` : canonical, locale }))
  }
  const category = path[path.length - 1]
  const tree = descendantsOf(category)
  const filters = parseFilters(raw)
  const listing = await listingPage({
    regionId: region.id,
    filters,
    scope: { categoryHandles: tree.map((node) => node.handle) },
    defaultSort: "moi-nhat",
    fallback: { categoryId: tree.map((node) => node.id) },
  })
  const crumbs = [{ name: t("home"), path: "/" }, ...path.map((node, index) => ({ name: node.name, path: categoryHref(path.slice(0, index + 1)) }))]

  return (
    <ListingTemplate
      pathname={canonical}
      filters={filters}
      listing={listing}
      compare={parseCompareList(compareCookie)}
      sorts={["moi-nhat", "gia-tang", "gia-giam"]}
      defaultSort="moi-nhat"
      header={
        <header className={styles.listingHeader}>
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(breadcrumbJsonLd(crumbs, locale)) }} />
          <Breadcrumbs crumbs={crumbs} />
          <h1>{category.name}</h1>
          {category.description && <p className={styles.muted}>{category.description}</p>}
          {category.category_children.length > 0 && (
            <nav aria-label={t("category.subcategories")}>
              <ul className={styles.chips}>
                {category.category_children.map((child) => (
                  <li key={child.id}><Link href={categoryHref([...path, child])} className={styles.chip}>{child.name}</Link></li>
                ))}
              </ul>
            </nav>
          )}
        </header>
      }
    />
  )
}
