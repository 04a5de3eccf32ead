/**
 * The typed figures of a specification as staff see them: Vietnamese label, unit and the
 * range a real product can have. Dependency-free, so the admin validators and the admin
 * widget read the same limits and a value the form accepts is one the server accepts.
 */
export type SpecificationNumberField = {
  key:
    | "power_rms_w"
    | "power_peak_w"
    | "impedance_ohm"
    | "frequency_min_hz"
    | "frequency_max_hz"
    | "max_spl_db"
    | "sensitivity_db"
    | "weight_kg"
    | "warranty_months"
  label: string
  unit: string
  min: number
  max: number
  /** Whole numbers only (the column is an integer). */
  integer: boolean
  /** Decimals the form offers, for the input's step. */
  decimals: number
}

export const SPECIFICATION_NUMBER_FIELDS: SpecificationNumberField[] = [
  { key: "power_rms_w", label: "Công suất RMS", unit: "W", min: 1, max: 100_000, integer: true, decimals: 0 },
  { key: "power_peak_w", label: "Công suất đỉnh", unit: "W", min: 1, max: 400_000, integer: true, decimals: 0 },
  { key: "impedance_ohm", label: "Trở kháng", unit: "Ω", min: 0.5, max: 1_000, integer: false, decimals: 1 },
  { key: "frequency_min_hz", label: "Tần số thấp nhất", unit: "Hz", min: 1, max: 20_000, integer: true, decimals: 0 },
  { key: "frequency_max_hz", label: "Tần số cao nhất", unit: "Hz", min: 20, max: 200_000, integer: true, decimals: 0 },
  { key: "max_spl_db", label: "Áp lực âm tối đa (SPL)", unit: "dB", min: 60, max: 160, integer: true, decimals: 0 },
  { key: "sensitivity_db", label: "Độ nhạy (1 W/1 m)", unit: "dB", min: 60, max: 130, integer: false, decimals: 1 },
  { key: "weight_kg", label: "Khối lượng", unit: "kg", min: 0.01, max: 1_000, integer: false, decimals: 2 },
  { key: "warranty_months", label: "Bảo hành", unit: "tháng", min: 0, max: 120, integer: true, decimals: 0 },
]

export const CONNECTIVITY_LIMITS = { label: "Kết nối", maxItems: 20, maxLength: 40 }

const vietnameseNumber = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 })

/** "Công suất RMS phải từ 1 đến 100.000 W." — the sentence both the form and the API show. */
export function rangeMessage(field: SpecificationNumberField): string {
  const range = `${vietnameseNumber.format(field.min)} đến ${vietnameseNumber.format(field.max)} ${field.unit}`
  return field.integer ? `${field.label} phải là số nguyên từ ${range}.` : `${field.label} phải từ ${range}.`
}

export const CROSS_FIELD_MESSAGES = {
  frequency: "Tần số thấp nhất phải nhỏ hơn tần số cao nhất.",
  power: "Công suất đỉnh không được nhỏ hơn công suất RMS.",
  warrantyRequired: "Cần nhập thời gian bảo hành (tháng) khi tạo thông số lần đầu.",
}

export type SpecificationFigures = Partial<Record<SpecificationNumberField["key"], number | null>>

/** Rules between two figures, checked on the values the row will hold after a change. */
export function crossFieldProblems(figures: SpecificationFigures): string[] {
  const problems: string[] = []
  const { frequency_min_hz: low, frequency_max_hz: high, power_rms_w: rms, power_peak_w: peak } = figures
  if (low != null && high != null && low >= high) problems.push(CROSS_FIELD_MESSAGES.frequency)
  if (rms != null && peak != null && peak < rms) problems.push(CROSS_FIELD_MESSAGES.power)
  return problems
}

/** Null for a value in range, otherwise the message to show beside the field. */
export function numberProblem(field: SpecificationNumberField, value: number): string | null {
  if (!Number.isFinite(value) || value < field.min || value > field.max) return rangeMessage(field)
  if (field.integer && !Number.isInteger(value)) return rangeMessage(field)
  return null
}
