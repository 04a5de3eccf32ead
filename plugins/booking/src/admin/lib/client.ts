import Medusa from "@medusajs/js-sdk"
import { SHOP_TIME_ZONE } from "../../modules/booking/utils/time-zone"

/**
 * Medusa Admin's own session: requests from our pages are authenticated like the dashboard's.
 * Staff read the API's messages in Vietnamese whatever language their browser prefers.
 */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
  globalHeaders: { "Accept-Language": "vi" },
})

const timeFormat = new Intl.DateTimeFormat("vi-VN", { timeZone: SHOP_TIME_ZONE, hour: "2-digit", minute: "2-digit" })
const dateFormat = new Intl.DateTimeFormat("vi-VN", { timeZone: SHOP_TIME_ZONE, weekday: "short", day: "2-digit", month: "2-digit", year: "numeric" })

export const formatTime = (iso: string) => timeFormat.format(new Date(iso))
export const formatDate = (iso: string) => dateFormat.format(new Date(iso))
export const formatVnd = (amount: number) =>
  new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(amount)

export const WEEKDAYS = ["CN", "T2", "T3", "T4", "T5", "T6", "T7"]
