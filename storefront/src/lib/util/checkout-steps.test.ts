import { furthestStep, optionsToOffer, resolveStep } from "./checkout-steps"

const done = { email: "an@example.vn", hasContact: true, hasAddress: true, hasShippingMethod: true, hasPaymentSession: true }

describe("resolveStep", () => {
  it("opens the step asked for once the cart has reached it", () => {
    expect(resolveStep("address", done)).toBe("address")
    expect(resolveStep("review", done)).toBe("review")
  })

  it("never skips ahead of the first unfinished step", () => {
    expect(resolveStep("review", { ...done, hasShippingMethod: false })).toBe("shipping")
    expect(resolveStep("payment", { ...done, email: null })).toBe("contact")
  })

  it("opens the furthest step for a missing or unknown value", () => {
    expect(resolveStep(undefined, { ...done, hasPaymentSession: false })).toBe("payment")
    expect(resolveStep("bogus", done)).toBe("review")
    expect(furthestStep({ ...done, hasAddress: false })).toBe("address")
  })
})

describe("optionsToOffer", () => {
  const options = [
    { id: "std-hcm", name: "Giao hàng tiêu chuẩn (HCM)", type: { code: "standard" } },
    { id: "pickup-hcm", name: "Nhận tại Showroom TP. Hồ Chí Minh", type: { code: "pickup" } },
    { id: "express-hcm", name: "Giao nhanh nội thành TP. Hồ Chí Minh", type: { code: "express" } },
    { id: "std-hn", name: "Giao hàng tiêu chuẩn (HN)", type: { code: "standard" } },
    { id: "pickup-hn", name: "Nhận tại Showroom Hà Nội", type: { code: "pickup" } },
  ]

  it("keeps one standard option, from the nearer showroom, then express, then pick-ups", () => {
    expect(optionsToOffer(options, false).map((option) => option.id)).toEqual(["std-hcm", "express-hcm", "pickup-hcm", "pickup-hn"])
    expect(optionsToOffer(options, true).map((option) => option.id)).toEqual(["std-hn", "express-hcm", "pickup-hcm", "pickup-hn"])
  })
})
