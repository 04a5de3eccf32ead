import { formatAddressLine, formatAddressLines, fullNameOf, isShippableAddress } from "./address"

const address = {
  first_name: "An",
  last_name: "Nguyễn Văn",
  phone: "090 123 45 67",
  address_1: "12 Lê Lợi",
  address_2: "Phường Sài Gòn",
  city: "Thành phố Hồ Chí Minh",
  province: "vn-sg",
}

describe("fullNameOf", () => {
  it("writes the family name first", () => {
    expect(fullNameOf(address)).toBe("Nguyễn Văn An")
    expect(fullNameOf({ first_name: "Lan", last_name: null })).toBe("Lan")
  })
})

describe("formatAddressLine", () => {
  it("joins street, ward and province", () => {
    expect(formatAddressLine(address)).toBe("12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh")
  })

  it("skips empty parts", () => {
    expect(formatAddressLine({ address_1: "12 Lê Lợi", address_2: " ", city: "Hà Nội" })).toBe("12 Lê Lợi, Hà Nội")
    expect(formatAddressLine(null)).toBe("")
  })
})

describe("formatAddressLines", () => {
  it("gives name, phone and the address line", () => {
    expect(formatAddressLines(address)).toEqual(["Nguyễn Văn An", "090 123 45 67", "12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh"])
  })
})

describe("isShippableAddress", () => {
  it("needs the ward and the province code", () => {
    expect(isShippableAddress(address)).toBe(true)
    expect(isShippableAddress({ ...address, address_2: null })).toBe(false)
    expect(isShippableAddress({ ...address, province: "" })).toBe(false)
  })
})
