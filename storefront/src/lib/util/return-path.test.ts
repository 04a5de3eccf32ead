import { safeReturnPath } from "./return-path"

describe("safeReturnPath", () => {
  test("keeps a path on this site with its query and fragment", () => {
    expect(safeReturnPath("/tai-khoan/don-hang/order_01?tab=items#dia-chi")).toBe("/tai-khoan/don-hang/order_01?tab=items#dia-chi")
    expect(safeReturnPath("/thanh-toan")).toBe("/thanh-toan")
  })

  test("drops the locale prefix, which the locale-aware redirect adds back", () => {
    expect(safeReturnPath("/en/tai-khoan/dia-chi")).toBe("/tai-khoan/dia-chi")
    expect(safeReturnPath("/en")).toBe("/")
    expect(safeReturnPath("/entry")).toBe("/entry")
  })

  test.each([
    "https://evil.example/tai-khoan",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/.//evil.example",
    "/en//evil.example",
    "javascript:alert(1)",
    "/\tevil",
    "/tai-khoan\n",
    "tai-khoan",
    "",
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBe("/tai-khoan")
  })

  test("refuses what is not a string, and uses the fallback given", () => {
    expect(safeReturnPath(undefined)).toBe("/tai-khoan")
    expect(safeReturnPath(["/a"], "/")).toBe("/")
  })

  test("does not send the customer back to the login or registration page", () => {
    expect(safeReturnPath("/tai-khoan/dang-nhap?next=/x")).toBe("/tai-khoan")
    expect(safeReturnPath("/en/tai-khoan/dang-ky")).toBe("/tai-khoan")
  })
})
