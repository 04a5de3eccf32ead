import type { HttpTypes } from "@medusajs/types"
import Image from "next/image"
import { Link } from "@/i18n/navigation"
import { cheapestPrice } from "@/lib/util/prices"
import { ProductPrice } from "./product-price"

/** A product in a grid: picture, brand, title linking to its page, price. */
export function ProductCard({ product, priority = false }: { product: HttpTypes.StoreProduct; priority?: boolean }) {
  const price = cheapestPrice(product)
  return (
    <article className="product-card">
      <Link href={`/san-pham/${product.handle}`} className="product-card__link">
        <div className="product-card__image">
          {product.thumbnail && (
            <Image src={product.thumbnail} alt="" fill sizes="(max-width: 768px) 50vw, 240px" priority={priority} />
          )}
        </div>
        {product.collection && <p className="product-card__brand">{product.collection.title}</p>}
        <h3 className="product-card__title">{product.title}</h3>
      </Link>
      {price && <ProductPrice price={price} />}
    </article>
  )
}
