/**
 * Names of the booking plugin's province codes (plugins/booking utils/provinces.ts). Codes of
 * provinces merged in 2025 keep their own name here: technicians list them, and customers in
 * Bình Dương still say Bình Dương.
 */
const PROVINCE_NAMES: Record<string, string> = {
  "vn-sg": "TP. Hồ Chí Minh",
  "vn-hn": "Hà Nội",
  "vn-57": "Bình Dương",
  "vn-39": "Đồng Nai",
  "vn-43": "Bà Rịa – Vũng Tàu",
  "vn-37": "Tây Ninh",
  "vn-41": "Long An",
  "vn-56": "Bắc Ninh",
  "vn-54": "Bắc Giang",
  "vn-66": "Hưng Yên",
  "vn-68": "Phú Thọ",
  "vn-hp": "Hải Phòng",
  "vn-dn": "Đà Nẵng",
  "vn-ct": "Cần Thơ",
}

export const provinceNameOf = (code: string) => PROVINCE_NAMES[code] ?? code.toUpperCase()

/** The served provinces' names, Hồ Chí Minh and Hà Nội first, then alphabetically. */
export function servedProvinceNames(codes: string[] | undefined): string[] {
  const first = ["vn-sg", "vn-hn"]
  return [...new Set(codes ?? [])]
    .sort((a, b) => {
      const rank = (code: string) => (first.includes(code) ? first.indexOf(code) : first.length)
      return rank(a) - rank(b) || provinceNameOf(a).localeCompare(provinceNameOf(b), "vi")
    })
    .map(provinceNameOf)
}

/** Whether a service reaches a province code (unknown when the backend lists no area: then the availability API decides). */
export function servesProvince(served: string[] | undefined, provinceCode: string): boolean {
  if (!served?.length) return true
  return served.includes(provinceCode)
}
