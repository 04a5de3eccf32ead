import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { SlotDay } from "@/lib/util/booking-slots"
import { formatTime, SHOP_TIME_ZONE } from "@/lib/util/dates"
import styles from "./booking.module.css"

const dayLabel = (date: string, locale: "vi" | "en", options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { timeZone: SHOP_TIME_ZONE, ...options }).format(new Date(`${date}T12:00:00+07:00`))

/**
 * The calendar a phone user taps: a row of days (links, so it works without JavaScript and the
 * chosen day is in the URL), then the chosen day's times as large radio buttons. The form
 * around the times is the caller's (booking step or reschedule).
 */
export async function SlotDays({ days, selected, hrefFor, locale }: { days: SlotDay[]; selected?: string; hrefFor: (date: string) => string; locale: "vi" | "en" }) {
  const t = await getTranslations("booking.calendar")
  return (
    <nav aria-label={t("days")}>
      <ul className={styles.days} data-testid="slot-days">
        {days.map((day) => {
          const label = dayLabel(day.date, locale, { weekday: "long", day: "numeric", month: "long" })
          const count = day.slots.length
          return (
            <li key={day.date}>
              <Link
                href={hrefFor(day.date)}
                className={`${styles.day} ${count ? "" : styles.dayFull}`}
                aria-current={day.date === selected ? "date" : undefined}
                aria-label={`${label}: ${count ? t("slotsCount", { count }) : t("full")}`}
                data-date={day.date}
                data-slots={count}
                scroll={false}
              >
                <span>{dayLabel(day.date, locale, { weekday: "short" })}</span>
                <strong>{dayLabel(day.date, locale, { day: "numeric" })}</strong>
                <span className={styles.dayCount}>{count ? t("slotsShort", { count }) : t("full")}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

export async function SlotOptions({ day, locale, current }: { day: SlotDay | undefined; locale: "vi" | "en"; current?: string }) {
  const t = await getTranslations("booking.calendar")
  if (!day) return <p>{t("pickDay")}</p>
  if (!day.slots.length) return <p className={styles.notice}>{t("dayFull")}</p>
  const heading = dayLabel(day.date, locale, { weekday: "long", day: "numeric", month: "long", year: "numeric" })
  return (
    <fieldset className={styles.slots} data-testid="slot-options">
      <legend>{t("timesOn", { day: heading })}</legend>
      {day.slots.map((slot, index) => (
        <label key={slot.starts_at} className={styles.slot}>
          <input type="radio" name="starts_at" value={slot.starts_at} required defaultChecked={current ? current === slot.starts_at : index === 0} />
          <span>
            {formatTime(slot.starts_at, locale)}
            <span className="visually-hidden"> – {formatTime(slot.ends_at, locale)}</span>
          </span>
        </label>
      ))}
      <input type="hidden" name="day" value={day.date} />
    </fieldset>
  )
}
