import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { deleteAddress } from "@/lib/actions/customer"
import { requireCustomer } from "@/lib/data/customer"
import { formatAddressLine } from "@/lib/vietnam/address"
import { AddressCard } from "@/modules/account/components/address-card"
import styles from "@/modules/account/components/account.module.css"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.addresses" })
  return { title: t("title") }
}

export default async function AddressesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, "/tai-khoan/dia-chi")
  const t = await getTranslations("account.addresses")
  const addresses = [...(customer.addresses ?? [])].sort((a, b) => Number(b.is_default_shipping) - Number(a.is_default_shipping))
  return (
    <>
      <div className={styles.sectionHead}>
        <h1>{t("title")}</h1>
        <Link href="/tai-khoan/dia-chi/them" className={styles.primary}>
          {t("add")}
        </Link>
      </div>
      {addresses.length ? (
        <ul className={styles.cards}>
          {addresses.map((address) => {
            const line = formatAddressLine(address)
            return (
              <li key={address.id}>
                <AddressCard address={address}>
                  <div className={styles.cardActions}>
                    <Link href={`/tai-khoan/dia-chi/${address.id}`} aria-label={t("editLabel", { address: line })}>
                      {t("edit")}
                    </Link>
                    <form action={deleteAddress}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="addressId" value={address.id} />
                      <button type="submit" className={styles.danger} aria-label={t("deleteLabel", { address: line })}>
                        {t("delete")}
                      </button>
                    </form>
                  </div>
                </AddressCard>
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{t("empty")}</p>
      )}
    </>
  )
}
