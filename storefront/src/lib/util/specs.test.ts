import { compareRows, specRows, type SpecificationFigures } from "./specs"

const months = (count: number) => `${count} tháng`
const base: SpecificationFigures = {
  power_rms_w: 1200,
  power_peak_w: null,
  impedance_ohm: 8,
  frequency_min_hz: 45,
  frequency_max_hz: 20000,
  max_spl_db: null,
  sensitivity_db: 97.5,
  weight_kg: 0.6,
  warranty_months: 12,
  connectivity: ["Bluetooth", "XLR"],
}

test("a table shows the figures the product has, with units, in Vietnamese number style", () => {
  expect(specRows(base, months)).toEqual([
    { key: "power_rms_w", value: "1.200 W" },
    { key: "impedance_ohm", value: "8 Ω" },
    { key: "frequency", value: "45 Hz – 20 kHz" },
    { key: "sensitivity_db", value: "97,5 dB" },
    { key: "connectivity", value: "Bluetooth, XLR" },
    { key: "weight_kg", value: "0,6 kg" },
    { key: "warranty_months", value: "12 tháng" },
  ])
})

test("a comparison keeps a row any product has, with a dash for the others", () => {
  const microphone = { ...base, power_rms_w: null, impedance_ohm: 150, connectivity: [], max_spl_db: 120 }
  const rows = compareRows([base, microphone, undefined], months)
  expect(rows.find((row) => row.key === "power_rms_w")?.values).toEqual(["1.200 W", "—", "—"])
  expect(rows.find((row) => row.key === "max_spl_db")?.values).toEqual(["—", "120 dB", "—"])
  expect(rows.some((row) => row.key === "power_peak_w")).toBe(false)
})
