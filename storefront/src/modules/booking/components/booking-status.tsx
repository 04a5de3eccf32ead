import { getTranslations } from "next-intl/server"
import type { Booking } from "@/lib/data/bookings"
import styles from "./booking.module.css"

export async function BookingStatus({ status }: { status: Booking["status"] }) {
  const t = await getTranslations("booking.status")
  return (
    <span className={styles.badge} data-status={status} data-testid="booking-status">
      {t(status)}
    </span>
  )
}
