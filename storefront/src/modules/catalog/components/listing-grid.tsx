import type { HttpTypes } from "@medusajs/types"
import { MAX_COMPARE } from "@/lib/util/compare"
import { ProductCard } from "@/modules/products/components/product-card"
import { CompareToggle } from "./compare-toggle"
import styles from "./catalog.module.css"

/** Product cards with a "So sánh" toggle under each. */
export function ListingGrid({ products, compare }: { products: HttpTypes.StoreProduct[]; compare: string[] }) {
  const full = compare.length >= MAX_COMPARE
  return (
    <div className="product-grid" data-testid="product-grid">
      {products.map((product, index) => (
        <div key={product.id} className={styles.cardCell}>
          <ProductCard product={product} priority={index < 2} />
          <CompareToggle handle={product.handle} title={product.title} selected={compare.includes(product.handle)} full={full} />
        </div>
      ))}
    </div>
  )
}
