/** RMS power bands the shop's filters offer, as shoppers compare amplifiers and speakers. */
export const POWER_BANDS = [
  { label: "Dưới 100 W", below: 100 },
  { label: "100–300 W", below: 300 },
  { label: "300–600 W", below: 600 },
  { label: "Từ 600 W", below: Infinity },
] as const

export function powerBand(watts: number | null | undefined): string | null {
  if (watts == null) return null
  return POWER_BANDS.find((band) => watts < band.below)!.label
}
