import { bankBinOf } from "./banks"

describe("bankBinOf", () => {
  it("finds the BIN from the bank name the payment provider is configured with", () => {
    expect(bankBinOf("Vietcombank")).toBe("970436")
    expect(bankBinOf("Ngân hàng TMCP Kỹ Thương (Techcombank)")).toBe("970407")
    expect(bankBinOf("MB Bank")).toBe("970422")
    expect(bankBinOf("BIDV")).toBe("970418")
  })

  it("gives nothing for an unknown bank, so the page shows the account without a QR", () => {
    expect(bankBinOf("Ngân hàng Mặt Trăng")).toBeUndefined()
    expect(bankBinOf(undefined)).toBeUndefined()
  })
})
