/**
 * What staff and customers call each offline payment method. Dependency-free, so the
 * provider stores it in the payment's data and the admin order widget reads the same words;
 * Medusa Admin itself prints only the provider id ("Pp_offline_cod").
 */
export type OfflinePaymentMethod = "cash-on-delivery" | "bank-transfer"

export type PaymentMethodName = { vi: string; en: string }

export const OFFLINE_PAYMENT_METHOD_NAMES: Record<OfflinePaymentMethod, PaymentMethodName> = {
  "cash-on-delivery": { vi: "Thanh toán khi nhận hàng", en: "Cash on delivery" },
  "bank-transfer": { vi: "Chuyển khoản ngân hàng", en: "Bank transfer" },
}

/** The name of a payment's method from its data; null for a payment of another provider. */
export function offlinePaymentMethodName(data: Record<string, unknown> | null | undefined): PaymentMethodName | null {
  const method = data?.method
  return typeof method === "string" && method in OFFLINE_PAYMENT_METHOD_NAMES
    ? OFFLINE_PAYMENT_METHOD_NAMES[method as OfflinePaymentMethod]
    : null
}
