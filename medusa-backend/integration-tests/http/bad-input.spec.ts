import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedShop, type SeedSummary } from "../../src/seed"
import { loginAdmin, registerCustomer, type RequestConfig } from "../helpers/accounts"

jest.setTimeout(240_000)

/** Input only a careless or hostile client sends: a clear 400 (or 413), never a 500, nothing stored. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let customer: RequestConfig
    let admin: RequestConfig

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      customer = await registerCustomer(api, seeded.publishableKey, "bad.input@example.vn", "Bình")
      admin = await loginAdmin(api, seeded)
    })

    /** Any answer, without axios throwing on 4xx/5xx; `raw` is sent as a JSON body verbatim. */
    async function request(method: string, url: string, config: RequestConfig, options: { body?: unknown; raw?: string; language?: string } = {}) {
      const response = await api.request({
        method,
        url,
        headers: {
          ...config.headers,
          ...(options.raw !== undefined ? { "content-type": "application/json" } : {}),
          ...(options.language ? { "accept-language": options.language } : {}),
        },
        data: options.raw ?? options.body,
        transformRequest: options.raw !== undefined ? [(data: unknown) => data] : undefined,
        validateStatus: () => true,
        maxBodyLength: Infinity,
      })
      return { status: response.status, type: response.data?.type, message: String(response.data?.message ?? "") }
    }

    it("refuses NUL in a support message with 400 and stores nothing", async () => {
      const { data } = await api.post("/store/support/conversations", { subject: "Loa rè ở âm lượng lớn", body: "Loa mới mua đã rè." }, customer)
      const conversationId = data.conversation.id

      const answer = await request("POST", `/store/support/conversations/${conversationId}/messages`, customer, { body: { body: "Xin chào\u0000shop" } })

      expect(answer).toEqual({ status: 400, type: "invalid_data", message: expect.stringContaining("ký tự điều khiển") })
      expect(answer.message).toContain("“body”")
      const { data: after } = await api.get(`/store/support/conversations/${conversationId}`, customer)
      expect(after.conversation.messages.map((message: { body: string }) => message.body)).toEqual(["Loa mới mua đã rè."])
    })

    it("refuses NUL in a query value with 400", async () => {
      const answer = await request("GET", "/store/bookings?limit=1%00", customer)
      expect(answer).toEqual({ status: 400, type: "invalid_data", message: expect.stringContaining("“limit”") })
    })

    it.each(["%", "%E0%A4%A"])("answers a path id %s with 400, in Vietnamese and in English", async (badId) => {
      const vietnamese = await request("GET", `/store/bookings/${badId}`, customer)
      expect(vietnamese).toEqual({ status: 400, type: "invalid_data", message: expect.stringContaining("Đường dẫn có ký tự mã hoá sai") })

      const english = await request("POST", `/store/bookings/${badId}/cancel`, customer, { body: {}, language: "en" })
      expect(english).toEqual({ status: 400, type: "invalid_data", message: expect.stringContaining("The path is badly encoded") })
    })

    it("answers a badly encoded id on Medusa's own routes with 400 too", async () => {
      const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      expect((await request("GET", "/store/products/%", store)).status).toBe(400)
      expect((await request("GET", "/store/carts/%E0%A4%A", store)).status).toBe(400)
      expect((await request("GET", "/admin/orders/%", admin)).status).toBe(400)
      expect((await request("POST", "/store/customers/me", customer, { body: { first_name: "An\u0000" } })).status).toBe(400)
    })

    it("answers malformed JSON with 400 and a readable message", async () => {
      const answer = await request("POST", "/store/support/conversations", customer, { raw: '{"subject": "Loa rè",' })
      expect(answer).toEqual({ status: 400, type: "invalid_data", message: "Nội dung gửi lên không phải JSON hợp lệ. Hãy kiểm tra lại dữ liệu." })

      const english = await request("POST", "/store/support/conversations", customer, { raw: "{", language: "en" })
      expect(english.message).toBe("The request body is not valid JSON. Check the data.")
    })

    it("answers a 1 MB string with 413, not 500", async () => {
      const answer = await request("POST", "/store/support/conversations", customer, { body: { subject: "Loa rè", body: "x".repeat(1024 * 1024) } })
      expect(answer).toEqual({ status: 413, type: "invalid_data", message: expect.stringContaining("quá lớn") })
      const { data } = await api.get("/store/support/conversations", customer)
      expect(data.conversations.filter((conversation: { subject: string }) => conversation.subject === "Loa rè")).toEqual([])
    })

    it("answers a date PostgreSQL refuses with 400 even where no validator checks it", async () => {
      // Medusa's own filter passes the year 0 through to PostgreSQL, which refuses it (22008).
      const answer = await request("GET", `/admin/customers?created_at[$lt]=${encodeURIComponent("0000-01-01T00:00:00Z")}`, admin)
      expect(answer).toEqual({ status: 400, type: "invalid_data", message: expect.stringContaining("nằm ngoài phạm vi cho phép") })
    })
  },
})
