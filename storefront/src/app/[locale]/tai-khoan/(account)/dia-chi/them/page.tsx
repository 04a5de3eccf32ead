import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { requireCustomer } from "@/lib/data/customer"
import { joinVietnameseName } from "@/lib/util/vietnamese-name"
import { listProvinces } from "@/lib/vietnam/administrative-units"
import { AddressForm } from "@/modules/account/components/address-form"
import styles from "@/modules/account/components/account.module.css"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.addresses" })
  return { title: t("addTitle") }
}

export default async function NewAddressPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, "/tai-khoan/dia-chi/them")
  const t = await getTranslations("account.addresses")
  const first = !customer.addresses?.length
  return (
    <>
      <h1>{t("addTitle")}</h1>
      <div className={styles.panel}>
        <AddressForm
          provinces={listProvinces()}
          address={{ fullName: joinVietnameseName(customer), phone: customer.phone ?? "", province: "", ward: "", street: "", company: "", isDefault: first }}
        />
      </div>
    </>
  )
}
