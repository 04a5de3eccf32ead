import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { shopErrorHandler } from "../error-handler"

/** A request and response pair that records what the handler answered and logged. */
function exchange(acceptLanguage?: string) {
  const logged: { level: string; args: unknown[] }[] = []
  const logger = {
    info: (...args: unknown[]) => logged.push({ level: "info", args }),
    error: (...args: unknown[]) => logged.push({ level: "error", args }),
  }
  const req = {
    method: "POST",
    path: "/store/bookings",
    headers: acceptLanguage ? { "accept-language": acceptLanguage } : {},
    scope: { resolve: () => logger },
  } as unknown as MedusaRequest
  const answer: { status?: number; body?: any } = {}
  const res = {
    status(code: number) {
      answer.status = code
      return this
    },
    json(body: unknown) {
      answer.body = body
      return this
    },
  } as unknown as MedusaResponse
  return { req, res, answer, logged }
}

/** A PostgreSQL driver error as MikroORM passes it on: the SQLSTATE in `code`. */
const databaseError = (code: string) => Object.assign(new Error(`insert into "booking" … - pg error ${code}`), { code })

describe("shopErrorHandler", () => {
  it.each([
    ["22001", "dài quá giới hạn"],
    ["22003", "số nằm ngoài phạm vi"],
    ["22007", "ngày giờ gửi lên không hợp lệ"],
    ["22008", "nằm ngoài phạm vi cho phép"],
    ["22021", "ký tự không hợp lệ"],
    ["22P05", "ký tự không hợp lệ"],
  ])("answers PostgreSQL's refusal %s of a value with 400, not 500", (code, words) => {
    const { req, res, answer } = exchange()
    shopErrorHandler(databaseError(code), req, res, () => undefined)
    expect(answer).toEqual({ status: 400, body: { type: "invalid_data", message: expect.stringContaining(words) } })
  })

  it("answers express's URIError for a badly encoded path with 400, in English when asked", () => {
    const { req, res, answer } = exchange("en-US,en;q=0.9")
    const error = Object.assign(new URIError("Failed to decode param '%E0%A4%A'"), { status: 400, statusCode: 400 })
    shopErrorHandler(error, req, res, () => undefined)
    expect(answer).toEqual({ status: 400, body: { type: "invalid_data", message: expect.stringContaining("The path is badly encoded") } })
  })

  it("keeps the status and message of an error that already carries a 4xx status", () => {
    const { req, res, answer } = exchange()
    shopErrorHandler(Object.assign(new Error("Bạn gửi quá nhiều yêu cầu. Hãy thử lại sau 30 giây."), { status: 429 }), req, res, () => undefined)
    expect(answer).toEqual({ status: 429, body: { type: "rate_limited", message: "Bạn gửi quá nhiều yêu cầu. Hãy thử lại sau 30 giây." } })
  })

  it("keeps the explained 409 of a taken slot", () => {
    const { req, res, answer } = exchange()
    const error = Object.assign(new MedusaError(MedusaError.Types.CONFLICT, "Khung giờ này vừa có người đặt."), { code: "slot_unavailable" })
    shopErrorHandler(error, req, res, () => undefined)
    expect(answer).toEqual({ status: 409, body: { type: "conflict", code: "slot_unavailable", message: "Khung giờ này vừa có người đặt." } })
  })

  it("still answers a real server fault with 500 and logs it with the request", () => {
    const { req, res, answer, logged } = exchange()
    const fault = new TypeError("Cannot read properties of undefined (reading 'id')")
    shopErrorHandler(fault, req, res, () => undefined)
    expect(answer).toEqual({ status: 500, body: expect.objectContaining({ type: "unknown_error", message: "An unknown error occurred." }) })
    expect(logged).toEqual([{ level: "error", args: ["POST /store/bookings failed with a server error", fault] }])
  })

  it("answers a connection failure of the database with 500, not 400", () => {
    const { req, res, answer } = exchange()
    shopErrorHandler(databaseError("08006"), req, res, () => undefined)
    expect(answer.status).toBe(500)
  })
})
