import { furthestBookingStep, resolveBookingStep, stepsFor } from "./booking-flow"

describe("booking flow steps", () => {
  it("skips the address for work at the showroom", () => {
    expect(stepsFor(true)).toEqual(["dia-chi", "thoi-gian", "lien-he", "xac-nhan"])
    expect(stepsFor(false)).toEqual(["thoi-gian", "lien-he", "xac-nhan"])
  })

  it("opens the first step not done yet", () => {
    expect(furthestBookingStep(undefined, true)).toBe("dia-chi")
    expect(furthestBookingStep({ service: "s", province: "79", ward: "1", street: "1 Lê Lợi" }, true)).toBe("thoi-gian")
    expect(furthestBookingStep({ service: "s", starts_at: "2026-12-07T02:00:00Z" }, false)).toBe("lien-he")
    expect(furthestBookingStep({ service: "s", starts_at: "2026-12-07T02:00:00Z", phone: "0903123456" }, false)).toBe("xac-nhan")
  })

  it("never jumps past an unfinished step, and goes back freely", () => {
    const draft = { service: "s", province: "79", ward: "1", street: "1 Lê Lợi" }
    expect(resolveBookingStep("xac-nhan", draft, true)).toBe("thoi-gian")
    expect(resolveBookingStep("dia-chi", draft, true)).toBe("dia-chi")
    expect(resolveBookingStep("nonsense", draft, true)).toBe("thoi-gian")
    expect(resolveBookingStep("dia-chi", { service: "s" }, false)).toBe("thoi-gian")
  })
})
