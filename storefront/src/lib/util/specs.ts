/**
 * A product specification as table rows: which figures, in which order, how they read.
 * Labels come from the messages (`catalog.specs.<key>`); values are formatted here with
 * Vietnamese number style in both languages (like prices), so "1.200 W" and "0,6 kg".
 */
export type SpecificationFigures = {
  power_rms_w: number | null
  power_peak_w: number | null
  impedance_ohm: number | null
  frequency_min_hz: number | null
  frequency_max_hz: number | null
  max_spl_db: number | null
  sensitivity_db: number | null
  weight_kg: number | null
  warranty_months: number
  connectivity: string[]
}

export const SPEC_KEYS = ["power_rms_w", "power_peak_w", "impedance_ohm", "frequency", "max_spl_db", "sensitivity_db", "connectivity", "weight_kg", "warranty_months"] as const
export type SpecKey = (typeof SPEC_KEYS)[number]

const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 })

function hertz(value: number) {
  return value >= 1000 ? `${number.format(value / 1000)} kHz` : `${number.format(value)} Hz`
}

/** The value of one row, or null when the product has no such figure. Warranty needs the words for "months". */
export function specValue(spec: SpecificationFigures, key: SpecKey, months: (count: number) => string): string | null {
  switch (key) {
    case "power_rms_w":
    case "power_peak_w":
      return spec[key] == null ? null : `${number.format(spec[key]!)} W`
    case "impedance_ohm":
      return spec.impedance_ohm == null ? null : `${number.format(spec.impedance_ohm)} Ω`
    case "frequency":
      if (spec.frequency_min_hz == null && spec.frequency_max_hz == null) return null
      return [spec.frequency_min_hz, spec.frequency_max_hz].map((value) => (value == null ? "…" : hertz(value))).join(" – ")
    case "max_spl_db":
    case "sensitivity_db":
      return spec[key] == null ? null : `${number.format(spec[key]!)} dB`
    case "weight_kg":
      return spec.weight_kg == null ? null : `${number.format(spec.weight_kg)} kg`
    case "connectivity":
      return spec.connectivity?.length ? spec.connectivity.join(", ") : null
    case "warranty_months":
      return months(spec.warranty_months)
  }
}

/** The rows a product's table shows: only figures it has, in the shop's order. */
export function specRows(spec: SpecificationFigures, months: (count: number) => string): { key: SpecKey; value: string }[] {
  return SPEC_KEYS.flatMap((key) => {
    const value = specValue(spec, key, months)
    return value === null ? [] : [{ key, value }]
  })
}

/** The rows of a comparison: every figure at least one of the products has, "—" for the others. */
export function compareRows(specs: (SpecificationFigures | undefined)[], months: (count: number) => string): { key: SpecKey; values: string[] }[] {
  return SPEC_KEYS.flatMap((key) => {
    const values = specs.map((spec) => (spec ? specValue(spec, key, months) : null))
    return values.some((value) => value !== null) ? [{ key, values: values.map((value) => value ?? "—") }] : []
  })
}
