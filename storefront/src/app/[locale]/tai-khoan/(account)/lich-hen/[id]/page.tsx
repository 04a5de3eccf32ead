import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { cancelBooking, rescheduleBooking } from "@/lib/actions/booking"
import { getAvailability } from "@/lib/data/booking-services"
import { getBooking, type Booking } from "@/lib/data/bookings"
import { requireCustomer } from "@/lib/data/customer"
import { addDays, CHANGE_WINDOW_HOURS, customerMayChange, daysBetween, groupSlotsByLocalDay, localDay } from "@/lib/util/booking-slots"
import { formatDateTime } from "@/lib/util/dates"
import { provinceNameOf } from "@/lib/util/service-area"
import { BookingActionForm } from "@/modules/booking/components/action-form"
import styles from "@/modules/booking/components/booking.module.css"
import { BookingStatus } from "@/modules/booking/components/booking-status"
import { SlotDays, SlotOptions } from "@/modules/booking/components/slot-calendar"

type Search = { moi?: string; huy?: string; doi?: string; "doi-lich"?: string; ngay?: string }
type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Search> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "booking.account" })
  return { title: t("detailTitle") }
}

async function History({ booking, locale }: { booking: Booking; locale: Locale }) {
  const t = await getTranslations("booking")
  const entries = [...(booking.history ?? [])].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  if (!entries.length) return null
  return (
    <section className={styles.section} aria-labelledby="history">
      <h2 id="history">{t("account.history")}</h2>
      <ol className={styles.timeline} data-testid="booking-history">
        {entries.map((entry, index) => (
          <li key={index}>
            <time dateTime={entry.created_at}>{formatDateTime(entry.created_at, locale)}</time>
            {entry.action === "status_changed" && entry.to_status
              ? t("history.status_changed", { status: t(`status.${entry.to_status as Booking["status"]}`) })
              : t(`history.${entry.action}`)}
            {" · "}
            <span className={styles.hint}>{t(`history.by.${entry.actor_type}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}

/** One booking: when, where, who, its history; reschedule and cancel under the 24-hour rule. */
export default async function BookingPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  await requireCustomer(locale, `/tai-khoan/lich-hen/${id}`)
  const query = await searchParams
  const booking = await getBooking(id, locale)
  if (!booking) notFound()
  const t = await getTranslations("booking.account")
  const rule = customerMayChange(booking)
  const path = `/tai-khoan/lich-hen/${booking.id}`
  const rescheduling = query["doi-lich"] === "1" && rule.allowed

  return (
    <>
      <p>
        <Link href="/tai-khoan/lich-hen">← {t("title")}</Link>
      </p>
      {query.moi ? (
        <p role="status" className={styles.success} data-testid="booking-created">
          {t("created")}
        </p>
      ) : query.huy ? (
        <p role="status" className={styles.success}>
          {t("cancelled")}
        </p>
      ) : query.doi ? (
        <p role="status" className={styles.success}>
          {t("rescheduled")}
        </p>
      ) : null}
      <h1>{booking.service?.name}</h1>
      <dl className={styles.facts}>
        <dt>{t("status")}</dt>
        <dd>
          <BookingStatus status={booking.status} />
        </dd>
        <dt>{t("when")}</dt>
        <dd data-testid="booking-when">{formatDateTime(booking.starts_at, locale)}</dd>
        <dt>{t("where")}</dt>
        <dd>
          {booking.address
            ? [booking.address.address_1, booking.address.ward, booking.address.city].filter(Boolean).join(", ")
            : booking.province_code
              ? provinceNameOf(booking.province_code)
              : t("showroom")}
        </dd>
        <dt>{t("technician")}</dt>
        <dd data-testid="booking-technician">{booking.technician?.name ?? t("technicianPending")}</dd>
        {booking.notes ? (
          <>
            <dt>{t("notes")}</dt>
            <dd style={{ whiteSpace: "pre-wrap" }}>{booking.notes}</dd>
          </>
        ) : null}
        {booking.cancellation_reason ? (
          <>
            <dt>{t("cancelReason")}</dt>
            <dd>{booking.cancellation_reason}</dd>
          </>
        ) : null}
      </dl>

      {booking.status === "requested" || booking.status === "confirmed" ? (
        <section className={styles.section} aria-labelledby="changes">
          <h2 id="changes">{t("changeHeading")}</h2>
          {rule.allowed ? (
            <p className={styles.hint} data-testid="change-rule">
              {t("ruleOpen", { hours: CHANGE_WINDOW_HOURS, until: formatDateTime(new Date(new Date(booking.starts_at).getTime() - CHANGE_WINDOW_HOURS * 3_600_000), locale) })}
            </p>
          ) : (
            <p className={styles.notice} data-testid="change-rule">
              {t("ruleClosed", { hours: CHANGE_WINDOW_HOURS })}
            </p>
          )}
          {rescheduling ? (
            <Reschedule booking={booking} locale={locale} day={query.ngay} path={path} />
          ) : (
            <div className={styles.actions}>
              {rule.allowed ? (
                <Link href={`${path}?doi-lich=1`} className="button" data-testid="reschedule-link">
                  {t("reschedule")}
                </Link>
              ) : (
                <button type="button" className="button" disabled aria-describedby="change-rule">
                  {t("reschedule")}
                </button>
              )}
            </div>
          )}
          <div className={styles.section}>
            <BookingActionForm action={cancelBooking} submitLabel={t("cancel")} disabled={!rule.allowed} loginPath={path} testId="cancel-booking">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="booking_id" value={booking.id} />
              <div className={styles.field}>
                <label htmlFor="cancel-reason">{t("cancelReasonLabel")}</label>
                <input id="cancel-reason" name="reason" maxLength={500} disabled={!rule.allowed} />
              </div>
            </BookingActionForm>
          </div>
        </section>
      ) : null}
      <History booking={booking} locale={locale} />
    </>
  )
}

async function Reschedule({ booking, locale, day, path }: { booking: Booking; locale: Locale; day?: string; path: string }) {
  const t = await getTranslations("booking.account")
  const today = localDay(new Date())
  const days = daysBetween(addDays(today, 1), addDays(today, 14))
  let grouped: ReturnType<typeof groupSlotsByLocalDay> = []
  let refusal: string | undefined
  try {
    const { slots } = await getAvailability(booking.service!.id, { from: days[0], to: days[days.length - 1], provinceCode: booking.province_code ?? undefined, locale })
    // The 24-hour rule applies to the new time as well.
    grouped = groupSlotsByLocalDay(slots.filter((slot) => customerMayChange({ starts_at: slot.starts_at, status: "confirmed" }).allowed), days)
  } catch (failure) {
    refusal = failure instanceof Error ? failure.message : undefined
  }
  const selected = days.includes(day ?? "") ? day : grouped.find((entry) => entry.slots.length)?.date
  return (
    <div className={styles.panel}>
      <h3>{t("rescheduleHeading")}</h3>
      {refusal ? <p role="alert" className={styles.error}>{refusal}</p> : null}
      <SlotDays days={grouped} selected={selected} locale={locale} hrefFor={(date) => `${path}?doi-lich=1&ngay=${date}`} />
      <BookingActionForm action={rescheduleBooking} submitLabel={t("rescheduleSubmit")} loginPath={path} slotHref={`${path}?doi-lich=1`} testId="reschedule-submit">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="booking_id" value={booking.id} />
        <SlotOptions day={grouped.find((entry) => entry.date === selected)} locale={locale} />
      </BookingActionForm>
      <p>
        <Link href={path}>{t("keepTime")}</Link>
      </p>
    </div>
  )
}
