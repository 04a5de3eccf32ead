const formatters = new Map<string, Intl.NumberFormat>()

/** "22.900.000 ₫": VND has no minor unit, so amounts are shown without decimals. */
export function formatPrice(amount: number, currencyCode = "vnd", locale = "vi-VN"): string {
  const key = `${locale}:${currencyCode}`
  if (!formatters.has(key)) {
    formatters.set(
      key,
      new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase(), maximumFractionDigits: 0 })
    )
  }
  return formatters.get(key)!.format(amount)
}
