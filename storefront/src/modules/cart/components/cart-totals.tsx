import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import { formatPrice } from "@/lib/util/money"
import styles from "./cart.module.css"

/**
 * Subtotal, discount, shipping and the total, with the VAT the prices already include
 * said as such ("đã bao gồm VAT"): the region's prices are tax-inclusive at 10 %.
 */
export async function CartTotals({ cart, shippingNote }: { cart: HttpTypes.StoreCart; shippingNote?: string }) {
  const t = await getTranslations("cart")
  const currency = cart.currency_code
  const subtotal = cart.original_item_total ?? cart.item_total ?? 0
  const discount = cart.discount_total ?? 0
  const hasShipping = (cart.shipping_methods ?? []).length > 0
  return (
    <dl className={styles.totals} data-testid="cart-totals">
      <div>
        <dt>{t("subtotal")}</dt>
        <dd>{formatPrice(subtotal, currency)}</dd>
      </div>
      {discount > 0 && (
        <div className={styles.discount}>
          <dt>{t("discount")}</dt>
          <dd>−{formatPrice(discount, currency)}</dd>
        </div>
      )}
      <div>
        <dt>{t("shipping")}</dt>
        <dd>{hasShipping ? (cart.shipping_total ? formatPrice(cart.shipping_total, currency) : t("free")) : (shippingNote ?? t("shippingAtCheckout"))}</dd>
      </div>
      <div className={styles.grandTotal}>
        <dt>{t("total")}</dt>
        <dd data-testid="cart-total">{formatPrice(cart.total ?? 0, currency)}</dd>
      </div>
      <div className={styles.vat}>
        <dt>{t("vatIncluded")}</dt>
        <dd>{formatPrice(cart.tax_total ?? 0, currency)}</dd>
      </div>
    </dl>
  )
}
