import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { listBookingServices } from "@/lib/data/booking-services"
import { ServiceCard } from "@/modules/booking/components/service-card"
import styles from "@/modules/booking/components/booking.module.css"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "booking.services" })
  return { title: t("title"), description: t("intro") }
}

/** The services customers can book: what each is, how long, the price, where, and a way to book. */
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
      <h1>{t("booking.services.title")}</h1>
      <p className={styles.lead}>{t("booking.services.intro")}</p>
      {services ? (
        <ul className={styles.services} data-testid="service-list">
          {services.map((service) => (
            <li key={service.id}>
              <ServiceCard service={service} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice">{t("common.loadFailed")}</p>
      )}
    </>
  )
}
