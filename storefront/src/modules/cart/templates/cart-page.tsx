import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { removePromotionCode } from "@/lib/actions/cart"
import { formatPrice } from "@/lib/util/money"
import { CartLines } from "../components/cart-lines"
import { CartTotals } from "../components/cart-totals"
import { PromotionForm } from "../components/promotion-form"
import styles from "../components/cart.module.css"

export type ShippingEstimate = { standard?: number; pickup?: number }

/** `/gio-hang`: lines with quantities, promotion codes, totals with the VAT included, a shipping estimate. */
export async function CartPageTemplate({ cart, estimate }: { cart: HttpTypes.StoreCart | null; estimate: ShippingEstimate }) {
  const t = await getTranslations("cart")
  if (!cart || !(cart.items ?? []).length) {
    return (
      <section>
        <h1>{t("title")}</h1>
        <p>{t("empty")}</p>
        <Link href="/" className="button button--primary">{t("continueShopping")}</Link>
      </section>
    )
  }
  const codes = (cart.promotions ?? []).map((promotion) => promotion.code).filter((code): code is string => Boolean(code))
  return (
    <section>
      <h1>{t("title")}</h1>
      <div className={styles.page}>
        <CartLines cart={cart} />
        <aside className={styles.summary} aria-label={t("summary")}>
          <PromotionForm />
          {codes.length > 0 && (
            <ul className={styles.codes} aria-label={t("promotion.appliedCodes")}>
              {codes.map((code) => (
                <li key={code}>
                  {code}
                  <form action={removePromotionCode}>
                    <input type="hidden" name="code" value={code} />
                    <button type="submit" className={styles.remove} aria-label={t("promotion.remove", { code })}>×</button>
                  </form>
                </li>
              ))}
            </ul>
          )}
          <CartTotals cart={cart} />
          {(estimate.standard !== undefined || estimate.pickup !== undefined) && (
            <div>
              <strong>{t("estimate.title")}</strong>
              <ul className={styles.estimate}>
                {estimate.standard !== undefined && <li>{t("estimate.standard", { price: formatPrice(estimate.standard, cart.currency_code) })}</li>}
                <li>{t("estimate.express")}</li>
                {estimate.pickup !== undefined && <li>{t("estimate.pickup")}</li>}
              </ul>
            </div>
          )}
          <div className={styles.actions}>
            <Link href="/thanh-toan" className="button button--primary">{t("checkout")}</Link>
            <Link href="/" className="button">{t("continueShopping")}</Link>
          </div>
        </aside>
      </div>
    </section>
  )
}
