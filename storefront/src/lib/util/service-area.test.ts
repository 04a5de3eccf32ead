import { provinceNameOf, servedProvinceNames, servesProvince } from "./service-area"

describe("service area", () => {
  it("names provinces, Hồ Chí Minh and Hà Nội first", () => {
    expect(servedProvinceNames(["vn-dn", "vn-hn", "vn-57", "vn-sg", "vn-hn"])).toEqual(["TP. Hồ Chí Minh", "Hà Nội", "Bình Dương", "Đà Nẵng"])
    expect(provinceNameOf("vn-99")).toBe("VN-99")
  })
  it("tells whether a province is served, leaving the decision to the backend when no area is known", () => {
    expect(servesProvince(["vn-sg", "vn-hn"], "vn-sg")).toBe(true)
    expect(servesProvince(["vn-sg", "vn-hn"], "vn-ct")).toBe(false)
    expect(servesProvince(undefined, "vn-ct")).toBe(true)
  })
})
