import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { requireCustomer } from "@/lib/data/customer"
import { joinVietnameseName } from "@/lib/util/vietnamese-name"
import { listProvinces } from "@/lib/vietnam/administrative-units"
import { provinceCodeOfSubdivision } from "@/lib/vietnam/provinces"
import { AddressForm } from "@/modules/account/components/address-form"
import styles from "@/modules/account/components/account.module.css"

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.addresses" })
  return { title: t("editTitle") }
}

export default async function EditAddressPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, `/tai-khoan/dia-chi/${id}`)
  const address = customer.addresses?.find((candidate) => candidate.id === id)
  if (!address) notFound()
  const t = await getTranslations("account.addresses")
  const metadata = (address.metadata ?? {}) as Record<string, unknown>
  return (
    <>
      <h1>{t("editTitle")}</h1>
      <div className={styles.panel}>
        <AddressForm
          provinces={listProvinces()}
          address={{
            id: address.id,
            fullName: joinVietnameseName(address),
            phone: address.phone ?? "",
            province: String(metadata.province_code ?? provinceCodeOfSubdivision(address.province) ?? ""),
            ward: String(metadata.ward_code ?? ""),
            street: address.address_1 ?? "",
            company: address.company ?? "",
            isDefault: Boolean(address.is_default_shipping),
          }}
        />
      </div>
    </>
  )
}
