import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { listBookings, type Booking } from "@/lib/data/bookings"
import { requireCustomer } from "@/lib/data/customer"
import { splitBookings } from "@/lib/util/booking-slots"
import { formatDateTime } from "@/lib/util/dates"
import styles from "@/modules/booking/components/booking.module.css"
import { BookingStatus } from "@/modules/booking/components/booking-status"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "booking.account" })
  return { title: t("title") }
}

async function BookingRows({ bookings, locale }: { bookings: Booking[]; locale: Locale }) {
  return (
    <ul className={styles.list}>
      {bookings.map((booking) => (
        <li key={booking.id} className={styles.row} data-testid="booking-row">
          <Link href={`/tai-khoan/lich-hen/${booking.id}`}>{booking.service?.name}</Link>
          <span>{formatDateTime(booking.starts_at, locale)}</span>
          <span>
            <BookingStatus status={booking.status} />
          </span>
        </li>
      ))}
    </ul>
  )
}

/** Account → Lịch hẹn: upcoming bookings (soonest first), then past ones. */
export default async function BookingsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  await requireCustomer(locale, "/tai-khoan/lich-hen")
  const t = await getTranslations("booking.account")
  const bookings = await listBookings(locale).catch((error) => {
    console.error("storefront: could not load bookings", error)
    return null
  })
  if (!bookings) return <p className="notice">{t("loadFailed")}</p>
  const { upcoming, past } = splitBookings(bookings)
  return (
    <>
      <h1>{t("title")}</h1>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t("upcoming")}</h2>
        {upcoming.length ? <BookingRows bookings={upcoming} locale={locale} /> : <p>{t("noneUpcoming")}</p>}
      </section>
      <p>
        <Link href="/dich-vu" className="button">
          {t("bookAnother")}
        </Link>
      </p>
      {past.length ? (
        <section aria-labelledby="past" className={styles.section}>
          <h2 id="past">{t("past")}</h2>
          <BookingRows bookings={past} locale={locale} />
        </section>
      ) : null}
    </>
  )
}
