import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import { orderProgress, paymentProgress, statusTone } from "@/lib/util/order-status"
import { StatusBadge } from "./status-badge"

/** The order's progress and its payment, as two badges in the customer's words. */
export async function OrderBadges({ order }: { order: Pick<HttpTypes.StoreOrder, "status" | "fulfillment_status" | "payment_status"> }) {
  const t = await getTranslations("account")
  const progress = orderProgress(order)
  const payment = paymentProgress(order)
  return (
    <>
      <StatusBadge tone={statusTone(progress)}>{t(`orderStatus.${progress}`)}</StatusBadge>
      <StatusBadge tone={statusTone(payment)}>{t(`paymentStatus.${payment}`)}</StatusBadge>
    </>
  )
}
