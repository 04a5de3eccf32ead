import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { listCustomerOrders, requireCustomer } from "@/lib/data/customer"
import { joinVietnameseName } from "@/lib/util/vietnamese-name"
import { AddressCard } from "@/modules/account/components/address-card"
import styles from "@/modules/account/components/account.module.css"
import { OrderList } from "@/modules/account/components/order-list"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" })
  return { title: t("overview.title") }
}

export default async function AccountOverviewPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, "/tai-khoan")
  const [t, { orders }] = await Promise.all([getTranslations("account"), listCustomerOrders({ limit: 3 })])
  const address = customer.addresses?.find((candidate) => candidate.is_default_shipping) ?? customer.addresses?.[0]
  return (
    <>
      <h1>{t("overview.greeting", { name: customer.first_name || joinVietnameseName(customer) || customer.email })}</h1>
      <section className={styles.section} aria-labelledby="recent-orders">
        <div className={styles.sectionHead}>
          <h2 id="recent-orders">{t("overview.recentOrders")}</h2>
          {orders.length ? <Link href="/tai-khoan/don-hang">{t("nav.orders")}</Link> : null}
        </div>
        {orders.length ? (
          <OrderList orders={orders} />
        ) : (
          <p>
            {t("overview.noOrders")} <Link href="/">{t("overview.startShopping")}</Link>
          </p>
        )}
      </section>
      <section className={styles.section} aria-labelledby="default-address">
        <div className={styles.sectionHead}>
          <h2 id="default-address">{t("overview.defaultAddress")}</h2>
          <Link href="/tai-khoan/dia-chi">{t("overview.manageAddresses")}</Link>
        </div>
        {address ? <AddressCard address={address} /> : <p>{t("overview.noAddress")}</p>}
      </section>
      <section className={styles.section} aria-labelledby="profile-summary">
        <div className={styles.sectionHead}>
          <h2 id="profile-summary">{t("nav.profile")}</h2>
          <Link href="/tai-khoan/ho-so">{t("overview.editProfile")}</Link>
        </div>
        <div className={styles.card}>
          <p className={styles.cardTitle}>{joinVietnameseName(customer)}</p>
          <p>{customer.email}</p>
          {customer.phone ? <p>{customer.phone}</p> : null}
        </div>
      </section>
    </>
  )
}
