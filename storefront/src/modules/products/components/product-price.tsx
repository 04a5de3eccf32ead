import { useTranslations } from "next-intl"
import { formatPrice } from "@/lib/util/money"
import type { ProductPrice as Price } from "@/lib/util/prices"

/** "Từ 4.900.000 ₫", with the original price struck through during a promotion. */
export function ProductPrice({ price, className = "price" }: { price: Price; className?: string }) {
  const t = useTranslations()
  const amount = formatPrice(price.amount, price.currencyCode)
  return (
    <p className={className}>
      <span className="price__current">{price.isFrom ? t("common.from", { price: amount }) : amount}</span>
      {price.originalAmount !== undefined && (
        <>
          {" "}
          <s className="price__original" aria-label={t("product.originalPrice", { price: formatPrice(price.originalAmount, price.currencyCode) })}>
            {formatPrice(price.originalAmount, price.currencyCode)}
          </s>{" "}
          <span className="price__badge">{t("product.discount", { percent: price.discountPercent ?? 0 })}</span>
        </>
      )}
    </p>
  )
}
