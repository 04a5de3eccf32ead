/**
 * One status a customer understands for an order, from Medusa's three (order, fulfilment,
 * payment), and the payment's own. Labels are `account.orderStatus.<key>` and
 * `account.paymentStatus.<key>` in messages/*.json; `tone` picks the badge colour. The shop's
 * offline providers (cash on delivery, bank transfer) authorise at checkout, so "authorized"
 * reads "awaiting payment" to the customer until staff capture the money.
 */
export type OrderProgress = "placed" | "processing" | "shipped" | "delivered" | "completed" | "canceled" | "requiresAction"
export type PaymentProgress = "unpaid" | "awaiting" | "authorized" | "paid" | "refunded" | "canceled" | "requiresAction"
export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger"

type StatusFields = {
  status?: string | null
  fulfillment_status?: string | null
  payment_status?: string | null
}

export function orderProgress(order: StatusFields): OrderProgress {
  if (order.status === "canceled" || order.fulfillment_status === "canceled") return "canceled"
  if (order.status === "requires_action") return "requiresAction"
  if (order.status === "completed") return "completed"
  switch (order.fulfillment_status) {
    case "delivered":
    case "partially_delivered":
      return "delivered"
    case "shipped":
    case "partially_shipped":
      return "shipped"
    case "fulfilled":
    case "partially_fulfilled":
      return "processing"
    default:
      return "placed"
  }
}

export function paymentProgress(order: StatusFields): PaymentProgress {
  switch (order.payment_status) {
    case "captured":
    case "partially_captured":
      return "paid"
    case "authorized":
    case "partially_authorized":
      return "authorized"
    case "refunded":
    case "partially_refunded":
      return "refunded"
    case "canceled":
      return "canceled"
    case "requires_action":
      return "requiresAction"
    case "awaiting":
      return "awaiting"
    default:
      return "unpaid"
  }
}

const TONES: Record<OrderProgress | PaymentProgress, BadgeTone> = {
  placed: "info",
  processing: "info",
  shipped: "info",
  delivered: "success",
  completed: "success",
  canceled: "danger",
  requiresAction: "warning",
  unpaid: "neutral",
  awaiting: "warning",
  authorized: "info",
  paid: "success",
  refunded: "neutral",
}

export const statusTone = (status: OrderProgress | PaymentProgress): BadgeTone => TONES[status]

/**
 * The shop's payment methods by Medusa provider id (`pp_<module>_<id>` from medusa-config:
 * `pp_offline_cod`, `pp_offline_bank-transfer`); labels are `account.paymentMethods.<key>`.
 */
export type PaymentMethodKey = "cod" | "bankTransfer" | "other"

export function paymentMethodKey(providerId: string | null | undefined): PaymentMethodKey {
  if (!providerId) return "other"
  if (/(^|_)cod$/.test(providerId)) return "cod"
  if (/(^|_)bank-transfer$/.test(providerId)) return "bankTransfer"
  return "other"
}
