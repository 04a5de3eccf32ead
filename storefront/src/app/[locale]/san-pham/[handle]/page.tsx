import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { getShowroomAvailability } from "@/lib/data/availability"
import { listBookingServices, type BookingService } from "@/lib/data/booking-services"
import { categoryHref, findCategoryPath, relatedProducts } from "@/lib/data/catalog"
import { listCategoryTree } from "@/lib/data/categories"
import { getCompareList } from "@/lib/data/cookies"
import { getProductByHandle } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { getSpecification } from "@/lib/data/specifications"
import { absoluteUrl, breadcrumbJsonLd, jsonLd, pageMetadata, productJsonLd, snippet } from "@/lib/seo"
import { MAX_COMPARE, parseCompareList } from "@/lib/util/compare"
import { cheapestPrice, priceOfVariant } from "@/lib/util/prices"
import { isBuyable, selectVariant } from "@/lib/util/variants"
import { Breadcrumbs } from "@/modules/catalog/components/breadcrumbs"
import { CompareBar } from "@/modules/catalog/components/compare-bar"
import { CompareToggle } from "@/modules/catalog/components/compare-toggle"
import { ListingGrid } from "@/modules/catalog/components/listing-grid"
import { ProductGallery } from "@/modules/product/components/product-gallery"
import { ShowroomStock } from "@/modules/product/components/showroom-stock"
import { SpecTable } from "@/modules/product/components/spec-table"
import { VariantPicker } from "@/modules/product/components/variant-picker"
import { AddToCart } from "@/modules/products/components/add-to-cart"
import { ProductPrice } from "@/modules/products/components/product-price"
import styles from "@/modules/product/components/product.module.css"

type Props = { params: Promise<{ locale: Locale; handle: string }>; searchParams: Promise<{ v?: string | string[] }> }

async function productOf(handle: string) {
  const region = await getRegion()
  const product = region ? await getProductByHandle(handle, region.id) : undefined
  return product && region ? { product, region } : undefined
}

/** The installation service to book with this product: home cinema for hi-fi, karaoke otherwise. */
function installationService(services: BookingService[], categoryHandles: string[]) {
  const installs = services.filter((service) => service.handle.startsWith("lap-dat"))
  const hifi = categoryHandles.some((handle) => handle.includes("nghe-nhac"))
  return installs.find((service) => service.handle.includes(hifi ? "home-cinema" : "karaoke")) ?? installs[0]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const found = await productOf(handle).catch(() => undefined)
  if (!found) return {}
  const { product } = found
  return pageMetadata({
    path: `/san-pham/${product.handle}`,
    locale,
    title: product.title,
    description: snippet(product.subtitle || product.description),
    images: product.thumbnail ? [{ url: product.thumbnail, alt: product.title }] : [],
  })
}

/**
 * `/san-pham/<handle>?v=<variant>`: gallery, option picker (the variant in the URL), price with
 * the promotion's original struck through, stock per showroom, specs, add to cart, compare,
 * installation booking, related products; JSON-LD Product and BreadcrumbList.
 */
export default async function ProductPage({ params, searchParams }: Props) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const found = await productOf(handle)
  if (!found) notFound()
  const { product, region } = found
  const requested = [(await searchParams).v ?? []].flat()[0]
  const variants = product.variants ?? []
  const selected = selectVariant(variants, requested)

  const [t, specification, availability, tree, services, related, compareCookie] = await Promise.all([
    getTranslations("catalog"),
    getSpecification(product.id).catch(() => undefined),
    getShowroomAvailability(product.id, product.handle),
    listCategoryTree().catch(() => []),
    listBookingServices().catch(() => []),
    relatedProducts(product, region.id).catch(() => []),
    getCompareList(),
  ])
  const compare = parseCompareList(compareCookie)
  const price = (selected && priceOfVariant(selected)) || cheapestPrice(product)
  const categoryPath = product.categories?.[0] ? findCategoryPath(tree, product.categories[0].handle) : undefined
  const path = `/san-pham/${product.handle}`
  const crumbs = [
    { name: t("home"), path: "/" },
    ...(categoryPath ?? []).map((node, index) => ({ name: node.name, path: categoryHref(categoryPath!.slice(0, index + 1)) })),
    { name: product.title, path },
  ]
  const images = [...new Set([product.thumbnail, ...(product.images ?? []).map((image) => image.url)].filter((url): url is string => Boolean(url)))]
  const service = installationService(services, (product.categories ?? []).map((category) => category.handle))
  const structured = productJsonLd({
    name: product.title,
    description: snippet(product.description, 500),
    images,
    brand: product.collection?.title,
    sku: selected?.sku,
    url: absoluteUrl(path, locale),
    offers: variants.flatMap((variant) => {
      const offer = priceOfVariant(variant)
      return offer
        ? [{ sku: variant.sku, name: variant.title ?? product.title, price: offer.amount, currencyCode: offer.currencyCode, inStock: isBuyable(variant), url: absoluteUrl(`${path}?v=${variant.id}`, locale) }]
        : []
    }),
  })

  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(structured) }} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(breadcrumbJsonLd(crumbs, locale)) }} />
      <Breadcrumbs crumbs={crumbs} />
      <article className={styles.page}>
        <ProductGallery images={images} title={product.title} />
        <div className={styles.info}>
          {product.collection && (
            <p className={styles.brand}>
              {t("product.brand")}: <Link href={`/thuong-hieu/${product.collection.handle}`}>{product.collection.title}</Link>
            </p>
          )}
          <h1>{product.title}</h1>
          {selected?.sku && <p className={styles.muted}>{t("product.sku", { sku: selected.sku })}</p>}
          {price && <ProductPrice price={price} className="price price--large" />}
          <p className={styles.muted}>{t("product.vatIncluded")}</p>
          {selected && <VariantPicker product={product} selected={selected} />}
          {selected && <AddToCart key={selected.id} variants={[selected]} />}
          {selected && <ShowroomStock availability={availability} variantId={selected.id} />}
          <div className={styles.actions}>
            <CompareToggle handle={product.handle} title={product.title} selected={compare.includes(product.handle)} full={compare.length >= MAX_COMPARE} />
            {service && (
              <Link href={`/dich-vu/${service.handle}/dat-lich?product=${encodeURIComponent(product.handle)}`} className="button" data-testid="book-installation">
                {t("product.bookInstallation")}
              </Link>
            )}
          </div>
        </div>
      </article>
      <CompareBar handles={compare} />
      <div className={styles.details}>
        {product.description && (
          <section aria-labelledby="product-description">
            <h2 id="product-description">{t("product.description")}</h2>
            <p className={styles.description}>{product.description}</p>
          </section>
        )}
        <SpecTable specification={specification} />
      </div>
      {related.length > 0 && (
        <section aria-labelledby="related-products" className={styles.related}>
          <h2 id="related-products">{t("product.related")}</h2>
          <ListingGrid products={related.slice(0, 4)} compare={compare} />
        </section>
      )}
    </>
  )
}
