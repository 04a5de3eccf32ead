import type { HttpTypes } from "@medusajs/types"
import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { formatDate } from "@/lib/util/dates"
import { formatPrice } from "@/lib/util/money"
import { OrderBadges } from "./order-badges"
import styles from "./account.module.css"

/** The customer's orders as cards: number, date, item count, total, status, a link to the detail. */
export async function OrderList({ orders }: { orders: HttpTypes.StoreOrder[] }) {
  const [t, locale] = await Promise.all([getTranslations("account.orders"), getLocale()])
  return (
    <ul className={styles.cards} data-testid="order-list">
      {orders.map((order) => {
        const number = order.display_id ?? order.id
        const units = (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
        return (
          <li key={order.id} className={`${styles.card} ${styles.orderRow}`}>
            <p className={styles.cardTitle}>
              {t("orderNumber", { number })} <OrderBadges order={order} />
            </p>
            <p className={styles.orderMeta}>
              <span>{t("placedOn", { date: formatDate(order.created_at as string, locale) })}</span>
              <span>{t("itemCount", { count: units })}</span>
              <span className={styles.orderTotal}>{formatPrice(order.total, order.currency_code)}</span>
            </p>
            <p className={styles.cardActions}>
              <Link href={`/tai-khoan/don-hang/${order.id}`} aria-label={t("viewLabel", { number })}>
                {t("view")}
              </Link>
            </p>
          </li>
        )
      })}
    </ul>
  )
}
