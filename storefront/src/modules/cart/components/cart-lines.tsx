import type { HttpTypes } from "@medusajs/types"
import Image from "next/image"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { deleteLineItemFromForm, updateLineItemFromForm } from "@/lib/actions/cart"
import { formatPrice } from "@/lib/util/money"
import { QuantitySelect } from "./quantity-select"
import styles from "./cart.module.css"

/** The cart's lines; `editable` adds the quantity select (cart page), otherwise only remove (drawer). */
export async function CartLines({ cart, editable = true }: { cart: HttpTypes.StoreCart; editable?: boolean }) {
  const t = await getTranslations("cart")
  const items = [...(cart.items ?? [])].sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
  return (
    <ul className={styles.lines} data-testid="cart-lines">
      {items.map((item) => {
        const title = item.product_title ?? item.title
        const variant = item.variant_title && item.variant_title !== "Default variant" && item.variant_title !== title ? item.variant_title : null
        return (
          <li key={item.id} className={styles.line} data-testid="cart-line">
            <div className={styles.thumb}>
              {item.thumbnail ? <Image src={item.thumbnail} alt="" fill sizes="80px" /> : null}
            </div>
            <div className={styles.lineInfo}>
              {item.product_handle ? (
                <Link href={`/san-pham/${item.product_handle}`} className={styles.lineTitle}>{title}</Link>
              ) : (
                <span className={styles.lineTitle}>{title}</span>
              )}
              {variant && <span className="muted">{variant}</span>}
              <span className="muted">{t("unitPrice", { price: formatPrice(item.unit_price, cart.currency_code) })}</span>
              <div className={styles.lineActions}>
                {editable ? (
                  <form action={updateLineItemFromForm} className={styles.quantityForm}>
                    <input type="hidden" name="lineId" value={item.id} />
                    <QuantitySelect quantity={item.quantity} label={t("quantityOf", { title })} />
                  </form>
                ) : (
                  <span>{t("quantityShort", { quantity: item.quantity })}</span>
                )}
                <form action={deleteLineItemFromForm}>
                  <input type="hidden" name="lineId" value={item.id} />
                  <button type="submit" className={styles.remove} aria-label={t("removeItem", { title })}>{t("remove")}</button>
                </form>
              </div>
            </div>
            <strong className={styles.lineTotal}>{formatPrice(item.total ?? item.unit_price * item.quantity, cart.currency_code)}</strong>
          </li>
        )
      })}
    </ul>
  )
}
