/**
 * Provinces technicians serve, by their ISO 3166-2 code in lower case (what bookings and
 * technicians store) and the name staff and customers read.
 */
export const PROVINCE_NAMES = {
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
} as const

export type ProvinceCode = keyof typeof PROVINCE_NAMES

export const PROVINCE_CODES = Object.keys(PROVINCE_NAMES) as ProvinceCode[]

export const isProvinceCode = (code: string): code is ProvinceCode => code in PROVINCE_NAMES

export const provinceName = (code: string) => (isProvinceCode(code) ? PROVINCE_NAMES[code] : code.toUpperCase())
