import type { Metadata } from "next"
import Image from "next/image"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { getCompareList } from "@/lib/data/cookies"
import { getProductByHandle } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { listSpecifications } from "@/lib/data/specifications"
import { pageMetadata } from "@/lib/seo"
import { COMPARE_PARAM, compareHref, MAX_COMPARE, parseCompareList } from "@/lib/util/compare"
import { cheapestPrice } from "@/lib/util/prices"
import { compareRows } from "@/lib/util/specs"
import { isBuyable } from "@/lib/util/variants"
import { ProductPrice } from "@/modules/products/components/product-price"
import styles from "@/modules/catalog/components/catalog.module.css"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "catalog.compare" })
  return pageMetadata({ path: "/so-sanh", locale, title: t("title"), noindex: true })
}

/**
 * `/so-sanh?p=a,b,c`: up to three products side by side — picture, price, brand, stock and
 * every figure of their specifications. The URL names the products (shareable); without
 * it, the visitor's compare list (cookie) is shown.
 */
export default async function ComparePage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, ts, region] = await Promise.all([getTranslations("catalog.compare"), getTranslations("catalog.specs"), getRegion()])
  const requested = (await searchParams)[COMPARE_PARAM]
  const handles = requested ? parseCompareList(requested) : parseCompareList(await getCompareList())
  const products = region
    ? (await Promise.all(handles.map((handle) => getProductByHandle(handle, region.id).catch(() => undefined)))).filter((product) => product !== undefined)
    : []
  const specifications = await listSpecifications(products.map((product) => product.id)).catch(() => new Map())
  const rows = compareRows(
    products.map((product) => specifications.get(product.id)),
    (count) => ts("months", { count })
  )

  if (products.length === 0) {
    return (
      <div className={styles.listing}>
        <h1>{t("title")}</h1>
        <p className="notice">{t("none", { max: MAX_COMPARE })}</p>
        <p><Link href="/" className="button">{t("browse")}</Link></p>
      </div>
    )
  }

  return (
    <div className={styles.listing}>
      <h1>{t("title")}</h1>
      {products.length < 2 && <p className="notice">{t("pickMore")}</p>}
      <div className={styles.compareScroll} tabIndex={0} role="region" aria-label={t("tableLabel")}>
        <table className={styles.compareTable} data-testid="compare-table">
          <thead>
            <tr>
              <td />
              {products.map((product) => (
                <th key={product.id} scope="col">
                  <Link href={`/san-pham/${product.handle}`} className={styles.compareProduct}>
                    <span className={styles.compareImage}>
                      {product.thumbnail && <Image src={product.thumbnail} alt="" fill sizes="(max-width: 768px) 30vw, 200px" />}
                    </span>
                    <span>{product.title}</span>
                  </Link>
                  <Link href={compareHref(products.filter((other) => other.id !== product.id).map((other) => other.handle))} className={styles.linkButton} aria-label={t("removeNamed", { product: product.title })}>
                    {t("remove")}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t("price")}</th>
              {products.map((product) => {
                const price = cheapestPrice(product)
                return <td key={product.id}>{price ? <ProductPrice price={price} /> : "—"}</td>
              })}
            </tr>
            <tr>
              <th scope="row">{t("brand")}</th>
              {products.map((product) => <td key={product.id}>{product.collection?.title ?? "—"}</td>)}
            </tr>
            <tr>
              <th scope="row">{t("stock")}</th>
              {products.map((product) => <td key={product.id}>{(product.variants ?? []).some(isBuyable) ? t("inStock") : t("outOfStock")}</td>)}
            </tr>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{ts(row.key)}</th>
                {row.values.map((value, index) => <td key={products[index].id}>{value}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
