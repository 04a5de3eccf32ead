import type { HttpTypes } from "@medusajs/types"
import { formatPrice } from "@/lib/util/money"

function cheapestPrice(product: HttpTypes.StoreProduct) {
  const amounts = (product.variants ?? [])
    .map((variant) => variant.calculated_price?.calculated_amount)
    .filter((amount): amount is number => typeof amount === "number")
  return amounts.length ? Math.min(...amounts) : undefined
}

export function ProductCard({ product }: { product: HttpTypes.StoreProduct }) {
  const price = cheapestPrice(product)
  const hasVariants = (product.variants?.length ?? 0) > 1
  return (
    <article className="product-card">
      {product.thumbnail && <img src={product.thumbnail} alt={product.title} width={400} height={400} loading="lazy" />}
      <h2>{product.title}</h2>
      {price !== undefined && (
        <p className="price">
          {hasVariants && "Từ "}
          {formatPrice(price)}
        </p>
      )}
    </article>
  )
}
