const formatters = new Map<string, Intl.NumberFormat>()

/**
 * "12.990.000 ₫" in both languages: VND has no minor unit, and a Vietnamese price reads the
 * same to an English-speaking buyer in Vietnam. Medusa stores VND amounts as whole đồng.
 * The space before ₫ is a no-break space, so the sign never wraps onto its own line.
 */
export function formatPrice(amount: number, currencyCode = "vnd"): string {
  const currency = currencyCode.toUpperCase()
  let formatter = formatters.get(currency)
  if (!formatter) {
    formatter = new Intl.NumberFormat("vi-VN", { style: "currency", currency, maximumFractionDigits: 0 })
    formatters.set(currency, formatter)
  }
  return formatter.format(Math.round(amount))
}
