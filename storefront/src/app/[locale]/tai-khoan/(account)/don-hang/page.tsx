import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { listCustomerOrders, requireCustomer } from "@/lib/data/customer"
import styles from "@/modules/account/components/account.module.css"
import { OrderList } from "@/modules/account/components/order-list"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ trang?: string | string[] }> }

const PAGE_SIZE = 10

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.orders" })
  return { title: t("title") }
}

export default async function OrdersPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const rawPage = (await searchParams).trang
  const page = Math.max(1, Math.min(1000, Number.parseInt(Array.isArray(rawPage) ? rawPage[0] : rawPage ?? "1", 10) || 1))
  await requireCustomer(locale, page > 1 ? `/tai-khoan/don-hang?trang=${page}` : "/tai-khoan/don-hang")
  const [t, { orders, count }] = await Promise.all([
    getTranslations("account"),
    listCustomerOrders({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  ])
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))
  return (
    <>
      <h1>{t("orders.title")}</h1>
      {orders.length ? (
        <OrderList orders={orders} />
      ) : (
        <p>
          {t("orders.empty")} <Link href="/">{t("overview.startShopping")}</Link>
        </p>
      )}
      {pages > 1 ? (
        <nav className={styles.pager} aria-label={t("orders.page", { page, pages })}>
          {page > 1 ? <Link href={{ pathname: "/tai-khoan/don-hang", query: { trang: page - 1 } }}>{t("orders.previous")}</Link> : <span />}
          <span>{t("orders.page", { page, pages })}</span>
          {page < pages ? <Link href={{ pathname: "/tai-khoan/don-hang", query: { trang: page + 1 } }}>{t("orders.next")}</Link> : <span />}
        </nav>
      ) : null}
    </>
  )
}
