import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { BookingService } from "@/lib/data/booking-services"
import { formatPrice } from "@/lib/util/money"
import { servedProvinceNames } from "@/lib/util/service-area"
import styles from "./booking.module.css"

/** What a service costs, as customers read it: free, the price, or the deposit to pay first. */
export async function ServicePrice({ service }: { service: BookingService }) {
  const t = await getTranslations("booking.services")
  if (!(service.price > 0)) return <span className={styles.price}>{t("free")}</span>
  return (
    <span className={styles.price}>
      {formatPrice(service.price, service.currency_code)}
      {service.deposit_amount ? <span className={styles.hint}> · {t("deposit", { amount: formatPrice(service.deposit_amount, service.currency_code) })}</span> : null}
    </span>
  )
}

export async function ServiceCard({ service }: { service: BookingService }) {
  const t = await getTranslations("booking.services")
  const area = servedProvinceNames(service.service_provinces)
  return (
    <article className={styles.card} data-testid="service-card">
      <h2>
        <Link href={`/dich-vu/${service.handle}`}>{service.name}</Link>
      </h2>
      {service.description ? <p style={{ margin: 0 }}>{service.description}</p> : null}
      <ul className={styles.meta}>
        <li>{t("duration", { minutes: service.duration_minutes })}</li>
        <li>{service.requires_address ? t("onSite") : t("atShowroom")}</li>
        {service.requires_address && area.length ? <li>{t("areaShort", { provinces: area.slice(0, 3).join(", "), more: Math.max(0, area.length - 3) })}</li> : null}
      </ul>
      <ServicePrice service={service} />
      <div className={styles.cardActions}>
        <Link href={`/dich-vu/${service.handle}/dat-lich`} className="button button--primary">
          {t("book")}
        </Link>
        <Link href={`/dich-vu/${service.handle}`} className="button">
          {t("details")}
        </Link>
      </div>
    </article>
  )
}
