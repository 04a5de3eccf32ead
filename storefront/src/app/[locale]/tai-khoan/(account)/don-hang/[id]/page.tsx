import type { Metadata } from "next"
import Image from "next/image"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { requireCustomer, retrieveCustomerOrder } from "@/lib/data/customer"
import { formatDateTime } from "@/lib/util/dates"
import { formatPrice } from "@/lib/util/money"
import { orderProgress, paymentMethodKey, paymentProgress, statusTone } from "@/lib/util/order-status"
import { formatAddressLines } from "@/lib/vietnam/address"
import styles from "@/modules/account/components/account.module.css"
import { StatusBadge } from "@/modules/account/components/status-badge"

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.orders" })
  return { title: t("title") }
}

export default async function OrderDetailPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  await requireCustomer(locale, `/tai-khoan/don-hang/${id}`)
  const [t, order] = await Promise.all([getTranslations("account"), retrieveCustomerOrder(id)])
  if (!order) {
    return (
      <>
        <p role="alert" className={styles.error}>
          {t("orders.notFound")}
        </p>
        <p>
          <Link href="/tai-khoan/don-hang">{t("orders.back")}</Link>
        </p>
      </>
    )
  }
  const currency = order.currency_code
  const progress = orderProgress(order)
  const payment = paymentProgress(order)
  const collection = order.payment_collections?.[0]
  const providerId = collection?.payments?.[0]?.provider_id ?? collection?.payment_sessions?.[0]?.provider_id
  const number = order.display_id ?? order.id
  return (
    <>
      <p>
        <Link href="/tai-khoan/don-hang">← {t("orders.back")}</Link>
      </p>
      <h1>{t("orders.orderNumber", { number })}</h1>
      <p className={styles.orderMeta}>
        <span>{t("orders.placedOn", { date: formatDateTime(order.created_at as string, locale) })}</span>
        <span>
          <span className="visually-hidden">{t("orders.status")}: </span>
          <StatusBadge tone={statusTone(progress)}>{t(`orderStatus.${progress}`)}</StatusBadge>
        </span>
      </p>

      <section className={`${styles.section} ${styles.card}`} aria-labelledby="order-items">
        <h2 id="order-items">{t("orders.items")}</h2>
        <ul className={styles.items}>
          {(order.items ?? []).map((item) => (
            <li key={item.id} className={styles.item}>
              <div className={styles.thumb}>{item.thumbnail ? <Image src={item.thumbnail} alt="" fill sizes="64px" /> : null}</div>
              <div>
                <p className={styles.itemTitle}>{item.product_title ?? item.title}</p>
                {item.variant_title && item.variant_title !== "Default" ? <p className="muted">{item.variant_title}</p> : null}
                <p className="muted">{t("orders.quantity", { quantity: item.quantity })}</p>
              </div>
              <p>{formatPrice(item.total ?? item.unit_price * item.quantity, currency)}</p>
            </li>
          ))}
        </ul>
        <dl className={styles.totals}>
          <dt>{t("orders.subtotal")}</dt>
          <dd>{formatPrice(order.item_total ?? order.subtotal, currency)}</dd>
          <dt>{t("orders.shipping")}</dt>
          <dd>{formatPrice(order.shipping_total ?? 0, currency)}</dd>
          {order.discount_total ? (
            <>
              <dt>{t("orders.discount")}</dt>
              <dd>−{formatPrice(order.discount_total, currency)}</dd>
            </>
          ) : null}
          <dt className={styles.grandTotal}>{t("orders.total")}</dt>
          <dd className={styles.grandTotal}>{formatPrice(order.total, currency)}</dd>
          {order.tax_total ? (
            <>
              <dt>{t("orders.tax")}</dt>
              <dd>{formatPrice(order.tax_total, currency)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <div className={styles.detailGrid}>
        <section className={styles.card} aria-labelledby="order-address">
          <h2 id="order-address">{t("orders.shippingAddress")}</h2>
          {formatAddressLines(order.shipping_address).map((line) => (
            <p key={line}>{line}</p>
          ))}
          {order.shipping_methods?.length ? (
            <>
              <h3>{t("orders.shippingMethod")}</h3>
              {order.shipping_methods.map((method) => (
                <p key={method.id}>
                  {method.name} · {formatPrice(method.total ?? method.amount, currency)}
                </p>
              ))}
            </>
          ) : null}
        </section>
        <section className={styles.card} aria-labelledby="order-payment">
          <h2 id="order-payment">{t("orders.payment")}</h2>
          <p>
            {t("orders.paymentMethod")}: <strong>{t(`paymentMethods.${paymentMethodKey(providerId)}`)}</strong>
          </p>
          <p>
            {t("orders.paymentStatus")}: <StatusBadge tone={statusTone(payment)}>{t(`paymentStatus.${payment}`)}</StatusBadge>
          </p>
        </section>
      </div>
    </>
  )
}
