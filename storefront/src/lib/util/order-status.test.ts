import { orderProgress, paymentMethodKey, paymentProgress, statusTone } from "./order-status"

describe("orderProgress", () => {
  test("a new order that nobody has packed yet is placed", () => {
    expect(orderProgress({ status: "pending", fulfillment_status: "not_fulfilled" })).toBe("placed")
    expect(orderProgress({})).toBe("placed")
  })

  test("follows the parcel: packed, shipped, delivered", () => {
    expect(orderProgress({ status: "pending", fulfillment_status: "fulfilled" })).toBe("processing")
    expect(orderProgress({ status: "pending", fulfillment_status: "partially_shipped" })).toBe("shipped")
    expect(orderProgress({ status: "pending", fulfillment_status: "delivered" })).toBe("delivered")
  })

  test("a cancelled or completed order says so whatever the parcel did", () => {
    expect(orderProgress({ status: "canceled", fulfillment_status: "shipped" })).toBe("canceled")
    expect(orderProgress({ status: "completed", fulfillment_status: "delivered" })).toBe("completed")
  })

  test("an order waiting on the shop is flagged", () => {
    expect(orderProgress({ status: "requires_action" })).toBe("requiresAction")
  })
})

describe("paymentProgress", () => {
  test("cash on delivery is unpaid until the money is captured", () => {
    expect(paymentProgress({ payment_status: "not_paid" })).toBe("unpaid")
    expect(paymentProgress({ payment_status: "authorized" })).toBe("authorized")
    expect(paymentProgress({ payment_status: "captured" })).toBe("paid")
  })

  test("partial states read as their whole", () => {
    expect(paymentProgress({ payment_status: "partially_captured" })).toBe("paid")
    expect(paymentProgress({ payment_status: "partially_refunded" })).toBe("refunded")
  })
})

describe("statusTone", () => {
  test("good news is green, cancellation red, waiting amber", () => {
    expect(statusTone("delivered")).toBe("success")
    expect(statusTone("paid")).toBe("success")
    expect(statusTone("canceled")).toBe("danger")
    expect(statusTone("awaiting")).toBe("warning")
  })
})

describe("paymentMethodKey", () => {
  test("names the shop's offline providers", () => {
    expect(paymentMethodKey("pp_offline_cod")).toBe("cod")
    expect(paymentMethodKey("pp_offline_bank-transfer")).toBe("bankTransfer")
  })

  test("anything else is another method", () => {
    expect(paymentMethodKey("pp_stripe_stripe")).toBe("other")
    expect(paymentMethodKey(undefined)).toBe("other")
  })
})
