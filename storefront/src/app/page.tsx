import { getRegion, listProducts } from "@/lib/data/products"
import { ProductCard } from "@/modules/products/components/product-card"

// Prices and stock come from Medusa at request time; nothing is fetched while building.
export const dynamic = "force-dynamic"

export default async function HomePage() {
  try {
    const region = await getRegion()
    if (!region) {
      return <p className="notice">Cửa hàng chưa có khu vực Việt Nam. Hãy chạy seed của Medusa.</p>
    }
    const { products, count } = await listProducts(region.id)
    return (
      <>
        <h1>Sản phẩm nổi bật</h1>
        <p>{count} sản phẩm đang bán</p>
        <section className="product-grid">
          {products.map((product) => (
            <ProductCard key={product.id} product={product} />
          ))}
        </section>
      </>
    )
  } catch (error) {
    console.error("storefront: could not load products from Medusa", error)
    return <p className="notice">Không tải được sản phẩm lúc này. Vui lòng thử lại sau ít phút.</p>
  }
}
