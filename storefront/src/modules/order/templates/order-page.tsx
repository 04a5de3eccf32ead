import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { Link } from "@/i18n/navigation"
import { formatDateTime } from "@/lib/util/dates"
import { formatPrice } from "@/lib/util/money"
import { formatAddressLines } from "@/lib/vietnam/address"
import { BankTransfer, bankAccountOf } from "../components/bank-transfer"
import styles from "../components/order.module.css"

type PaymentInfo = { providerId?: string; data?: Record<string, unknown> }

/** The order's payment method and its data (the offline provider keeps the bank account there). */
function paymentOf(order: HttpTypes.StoreOrder): PaymentInfo {
  const collection = order.payment_collections?.[0]
  const payment = collection?.payments?.[0]
  const session = collection?.payment_sessions?.[0]
  return {
    providerId: payment?.provider_id ?? session?.provider_id,
    data: (payment?.data ?? session?.data ?? undefined) as Record<string, unknown> | undefined,
  }
}

/** `/don-hang/[id]`: order code, items, totals, delivery and what to do to pay. */
export async function OrderPageTemplate({ order, locale }: { order: HttpTypes.StoreOrder; locale: Locale }) {
  const t = await getTranslations("order")
  const currency = order.currency_code
  const payment = paymentOf(order)
  const bankTransfer = payment.providerId === "pp_offline_bank-transfer"
  const account = bankTransfer ? bankAccountOf(payment.data) : undefined
  const shipping = order.shipping_methods?.[0]
  return (
    <section className={styles.page}>
      <div className={styles.thanks} style={{ gridColumn: "1 / -1" }}>
        <h1>{t("thanks")}</h1>
        <p>
          {t("code")} <strong data-testid="order-code">#{order.display_id}</strong>
          {order.created_at && <> · {formatDateTime(new Date(order.created_at), locale)}</>}
        </p>
        <p className={styles.muted}>{t("emailSent", { email: order.email ?? "" })}</p>
      </div>

      <div className={styles.card}>
        <h2>{t("payment.title")}</h2>
        {bankTransfer ? (
          <>
            <p>{t("payment.bankTransfer", { code: `#${order.display_id}` })}</p>
            {account ? (
              <BankTransfer account={account} amount={order.total ?? 0} currencyCode={currency} displayId={order.display_id} />
            ) : (
              <p className="notice">{t("payment.noAccount")}</p>
            )}
          </>
        ) : (
          <p data-testid="cod-instructions">{t("payment.cod", { total: formatPrice(order.total ?? 0, currency) })}</p>
        )}
      </div>

      <div className={styles.card}>
        <h2>{t("items")}</h2>
        <ul className={styles.items}>
          {(order.items ?? []).map((item) => (
            <li key={item.id}>
              <span>{item.product_title ?? item.title} × {item.quantity}</span>
              <strong>{formatPrice(item.total ?? item.unit_price * item.quantity, currency)}</strong>
            </li>
          ))}
        </ul>
        <dl className={styles.totals}>
          <div><dt>{t("subtotal")}</dt><dd>{formatPrice(order.original_item_total ?? order.item_total ?? 0, currency)}</dd></div>
          {(order.discount_total ?? 0) > 0 && <div><dt>{t("discount")}</dt><dd>−{formatPrice(order.discount_total ?? 0, currency)}</dd></div>}
          <div><dt>{t("shipping")}</dt><dd>{order.shipping_total ? formatPrice(order.shipping_total, currency) : t("free")}</dd></div>
          <div className={styles.total}><dt>{t("total")}</dt><dd data-testid="order-total">{formatPrice(order.total ?? 0, currency)}</dd></div>
          <div className={styles.muted}><dt>{t("vatIncluded")}</dt><dd>{formatPrice(order.tax_total ?? 0, currency)}</dd></div>
        </dl>
        <h2>{t("delivery")}</h2>
        {shipping && <p>{shipping.name}</p>}
        {formatAddressLines(order.shipping_address).map((line) => (
          <p key={line} className={styles.muted} style={{ margin: 0 }}>{line}</p>
        ))}
        <Link href="/" className="button">{t("continueShopping")}</Link>
      </div>
    </section>
  )
}
