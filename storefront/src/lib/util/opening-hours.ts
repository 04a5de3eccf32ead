import { SHOP_TIME_ZONE } from "./dates"

/** When staff answer the chat: 8:00 to 21:00 every day, shop time. */
export const OPENING_HOURS = { opens: 8 * 60, closes: 21 * 60 }

const clock = new Intl.DateTimeFormat("en-GB", { timeZone: SHOP_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })

/** Minutes since local midnight in Asia/Ho_Chi_Minh. */
export function shopMinutes(now: Date): number {
  const [hours, minutes] = clock.format(now).split(":").map(Number)
  return hours * 60 + minutes
}

/** Whether the shop answers live now; outside the hours it replies by e-mail. */
export function isShopOpen(now: Date = new Date(), hours = OPENING_HOURS): boolean {
  const minutes = shopMinutes(now)
  return minutes >= hours.opens && minutes < hours.closes
}
