import type { Metadata } from "next"
import Image from "next/image"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { getProductByHandle } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { cheapestPrice } from "@/lib/util/prices"
import { AddToCart } from "@/modules/products/components/add-to-cart"
import { ProductPrice } from "@/modules/products/components/product-price"

type Props = { params: Promise<{ locale: Locale; handle: string }> }

async function productOf(handle: string) {
  const region = await getRegion()
  return region ? getProductByHandle(handle, region.id) : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await productOf((await params).handle).catch(() => undefined)
  return product ? { title: product.title, description: product.subtitle ?? product.description?.slice(0, 160) ?? undefined } : {}
}

/**
 * Minimal product page, so the cart works end to end: title, picture, price, add to cart.
 * The catalog engineer rebuilds it (gallery, option picker, specs, stock per showroom, JSON-LD).
 */
export default async function ProductPage({ params }: Props) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const [product, t] = await Promise.all([productOf(handle), getTranslations("product")])
  if (!product) notFound()
  const price = cheapestPrice(product)
  return (
    <article className="product-page">
      <div className="product-page__image">
        {product.thumbnail ? (
          <Image src={product.thumbnail} alt={product.title} fill sizes="(max-width: 768px) 100vw, 50vw" priority />
        ) : (
          <p className="muted">{t("noImage")}</p>
        )}
      </div>
      <div className="product-page__info">
        {product.collection && <p className="product-card__brand">{t("brand")}: {product.collection.title}</p>}
        <h1>{product.title}</h1>
        {price && <ProductPrice price={price} className="price price--large" />}
        <AddToCart variants={product.variants ?? []} />
        {product.description && <p className="product-page__description">{product.description}</p>}
      </div>
    </article>
  )
}
