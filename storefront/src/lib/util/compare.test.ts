import { compareHref, parseCompareList, toggleCompare } from "./compare"

test("reads handles from a cookie or ?p=, each once, at most three", () => {
  expect(parseCompareList("jbl-charge-5,bose-soundlink-flex")).toEqual(["jbl-charge-5", "bose-soundlink-flex"])
  expect(parseCompareList(["a", "b,a", "c", "d"])).toEqual(["a", "b", "c"])
  expect(parseCompareList(" JBL-Charge-5 ,")).toEqual(["jbl-charge-5"])
  expect(parseCompareList(undefined)).toEqual([])
})

test("ignores anything that is not a handle", () => {
  expect(parseCompareList("<script>,../x,ok-1")).toEqual(["ok-1"])
})

test("toggling adds, removes, and refuses a fourth product", () => {
  expect(toggleCompare([], "a")).toEqual({ handles: ["a"], added: true, full: false })
  expect(toggleCompare(["a", "b"], "a")).toEqual({ handles: ["b"], added: false, full: false })
  expect(toggleCompare(["a", "b", "c"], "d")).toEqual({ handles: ["a", "b", "c"], added: false, full: true })
})

test("the compare link lists the handles in order", () => {
  expect(compareHref(["a", "b"])).toBe("/so-sanh?p=a,b")
  expect(compareHref([])).toBe("/so-sanh")
})
