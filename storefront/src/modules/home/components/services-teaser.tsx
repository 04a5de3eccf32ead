import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { BookingService } from "@/lib/data/booking-services"
import { formatPrice } from "@/lib/util/money"

export function ServicesTeaser({ services }: { services: BookingService[] }) {
  const t = useTranslations()
  return (
    <>
      <p>{t("home.servicesIntro")}</p>
      <ul className="service-list">
        {services.map((service) => (
          <li key={service.id} className="service-card">
            <h3 id={`dich-vu-${service.handle}`}><Link href={`/dich-vu/${service.handle}`}>{service.name}</Link></h3>
            <p className="muted">{t("home.serviceDuration", { minutes: service.duration_minutes })}</p>
            <p className="price">{service.price > 0 ? formatPrice(service.price, service.currency_code) : t("common.free")}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
