import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { listBookingServices } from "@/lib/data/booking-services"
import { ServicesTeaser } from "@/modules/home/components/services-teaser"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "home" })
  return { title: t("services") }
}

/** The services customers can book; booking itself comes with the account work. */
export default async function ServicesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations()
  const services = await listBookingServices().catch((error) => {
    console.error("storefront: could not load booking services", error)
    return null
  })
  return (
    <>
      <h1>{t("home.services")}</h1>
      {services ? <ServicesTeaser services={services} /> : <p className="notice">{t("common.loadFailed")}</p>}
    </>
  )
}
