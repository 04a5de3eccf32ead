import { joinVietnameseName, splitVietnameseName } from "./vietnamese-name"

describe("splitVietnameseName", () => {
  test("keeps family and middle names in last_name and the given name in first_name", () => {
    expect(splitVietnameseName("Nguyễn Văn An")).toEqual({ last_name: "Nguyễn Văn", first_name: "An" })
    expect(splitVietnameseName("Tôn Nữ Thị Ngọc Lan")).toEqual({ last_name: "Tôn Nữ Thị Ngọc", first_name: "Lan" })
  })

  test("tidies the spaces a phone keyboard leaves", () => {
    expect(splitVietnameseName("  Trần   Thị\u00a0Bích  ")).toEqual({ last_name: "Trần Thị", first_name: "Bích" })
  })

  test("treats a single word as the given name", () => {
    expect(splitVietnameseName("Lộc")).toEqual({ last_name: "", first_name: "Lộc" })
  })

  test("gives empty parts for an empty name", () => {
    expect(splitVietnameseName("   ")).toEqual({ last_name: "", first_name: "" })
  })

  test("normalises decomposed diacritics (macOS input) to the composed form", () => {
    const decomposed = "Nguye\u0302\u0303n Va\u0306n An"
    expect(splitVietnameseName(decomposed).last_name).toBe("Nguyễn Văn")
  })
})

describe("joinVietnameseName", () => {
  test("writes the family name first", () => {
    expect(joinVietnameseName({ last_name: "Nguyễn Văn", first_name: "An" })).toBe("Nguyễn Văn An")
  })

  test("leaves out what is missing", () => {
    expect(joinVietnameseName({ last_name: null, first_name: "An" })).toBe("An")
    expect(joinVietnameseName({ last_name: "Nguyễn", first_name: "" })).toBe("Nguyễn")
    expect(joinVietnameseName(null)).toBe("")
  })

  test("round-trips with splitVietnameseName", () => {
    expect(joinVietnameseName(splitVietnameseName("Lê Thị Mỹ Duyên"))).toBe("Lê Thị Mỹ Duyên")
  })
})
