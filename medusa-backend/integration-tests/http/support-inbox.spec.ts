import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedShop, type SeedSummary } from "../../src/seed"
import { failure, loginAdmin, registerCustomer, type RequestConfig } from "../helpers/accounts"
import { readyCart, shopBasics } from "../helpers/checkout"

jest.setTimeout(240_000)

type Customer = RequestConfig & { customerId: string }
type Staff = RequestConfig & { id: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let admin: RequestConfig
    let an: Customer
    let binh: Customer
    let anOrder: { id: string; display_id: number }
    /** An's ticket about an order, An's chat without one, Bình's ticket. */
    let anOrderTicket: { id: string }
    let anChat: { id: string }
    let binhTicket: { id: string }

    const vietnamese = (config: RequestConfig): RequestConfig => ({ headers: { ...config.headers, "accept-language": "vi-VN,vi;q=0.9" } })

    /** An admin user invited and accepted through Medusa's own routes, logged in. */
    async function inviteStaff(email: string, firstName: string, lastName: string): Promise<Staff> {
      const password = "NhanVien@2026"
      const { data: invited } = await api.post("/admin/invites", { email }, admin)
      const { data: registration } = await api.post("/auth/user/emailpass/register", { email, password })
      const { data: accepted } = await api.post(
        `/admin/invites/accept?token=${invited.invite.token}`,
        { first_name: firstName, last_name: lastName },
        { headers: { authorization: `Bearer ${registration.token}` } }
      )
      const { data: login } = await api.post("/auth/user/emailpass", { email, password })
      return { id: accepted.user.id, headers: { authorization: `Bearer ${login.token}` } }
    }

    async function openTicket(customer: Customer, subject: string, body: string, orderId?: string) {
      const { data } = await api.post(
        "/store/support/conversations",
        { kind: orderId ? "ticket" : "chat", subject, body, ...(orderId && { order_id: orderId }) },
        customer
      )
      return data.conversation as { id: string }
    }

    const search = async (q: string, config: RequestConfig = admin) => {
      const { data } = await api.get(`/admin/support/conversations?q=${encodeURIComponent(q)}&limit=200`, config)
      return (data.conversations as { id: string }[]).map((conversation) => conversation.id).sort()
    }

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      admin = await loginAdmin(api, seeded)
      an = await registerCustomer(api, seeded.publishableKey, "an.nguyen@example.vn", "An")
      binh = await registerCustomer(api, seeded.publishableKey, "binh.tran@example.vn", "Bình")
      // Medusa keeps the given name in first_name and the family and middle names in last_name.
      await api.post(`/admin/customers/${an.customerId}`, { last_name: "Nguyễn Văn", phone: "0901234567" }, admin)
      await api.post(`/admin/customers/${binh.customerId}`, { last_name: "Trần Thị", phone: "0987654321" }, admin)

      const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      const cartId = await readyCart(api, an, await shopBasics(api, store), "an.nguyen@example.vn")
      const { data: completion } = await api.post(`/store/carts/${cartId}/complete`, {}, an)
      anOrder = completion.order

      anOrderTicket = await openTicket(an, "Giao thiếu dây loa", "Đơn của em thiếu một cuộn dây loa.", anOrder.id)
      anChat = await openTicket(an, "Tư vấn amply", "Amply nào hợp với loa 8 ohm?")
      binhTicket = await openTicket(binh, "Sub bị rè", "Loa sub kêu rè khi mở 50% âm lượng.")
    })

    describe("search (q)", () => {
      it("finds a customer's conversations by their name written family-name first, not another customer's", async () => {
        expect(await search("Nguyễn Văn An")).toEqual([anChat.id, anOrderTicket.id].sort())
        expect(await search("Trần Thị Bình")).toEqual([binhTicket.id])
      })

      it("finds them by phone, however the number is written", async () => {
        expect(await search("0901 234 567")).toEqual([anChat.id, anOrderTicket.id].sort())
        expect(await search("+84987654321")).toEqual([binhTicket.id])
      })

      it("finds them by e-mail", async () => {
        expect(await search("binh.tran@example.vn")).toEqual([binhTicket.id])
      })

      it("finds the conversation about an order by the order's number, not the customer's other conversations", async () => {
        expect(await search(`#${anOrder.display_id}`)).toEqual([anOrderTicket.id])
      })

      it("finds words of a message, LIKE wildcards taken literally", async () => {
        expect(await search("rè khi mở 50%")).toEqual([binhTicket.id])
        expect(await search("8 ohm")).toEqual([anChat.id])
        // Unescaped, "%%" and "__" would match every conversation.
        expect(await search("%%")).toEqual([])
        expect(await search("__")).toEqual([])
      })

      it("combines with the other filters", async () => {
        await api.post(`/admin/support/conversations/${anChat.id}`, { status: "resolved" }, admin)
        const { data } = await api.get("/admin/support/conversations?q=Nguy%E1%BB%85n&status=open", admin)
        expect(data.conversations.map((conversation: { id: string }) => conversation.id)).toEqual([anOrderTicket.id])
        expect(data.conversations[0]).toMatchObject({
          customer: { first_name: "An", last_name: "Nguyễn Văn", phone: "0901234567" },
          order: { display_id: anOrder.display_id },
        })
      })

      it("answers bad search input with a clear 400", async () => {
        const tooShort = await failure(api.get("/admin/support/conversations?q=a", admin))
        expect(tooShort).toMatchObject({ status: 400, message: expect.stringMatching(/'q' too small, expected at least: '2'/) })
        expect(await failure(api.get(`/admin/support/conversations?q=${"x".repeat(101)}`, admin))).toMatchObject({ status: 400 })
        expect(await failure(api.get("/admin/support/conversations?q=ab%01cd", admin))).toMatchObject({
          status: 400,
          message: expect.stringMatching(/ký tự điều khiển|control characters/),
        })
        expect(await failure(api.get("/admin/support/conversations?q=ab&q=cd", admin))).toMatchObject({ status: 400 })
        expect(await failure(api.get("/admin/support/conversations?q[$ilike]=%25", admin))).toMatchObject({ status: 400 })
        expect(await failure(api.get("/admin/support/conversations?mine=yes", admin))).toMatchObject({
          status: 400,
          message: expect.stringMatching(/mine must be true or false/),
        })
        expect(await failure(api.get("/admin/support/conversations?status=dang_mo", admin))).toMatchObject({
          status: 400,
          message: expect.stringMatching(/status phải là một trong .*open \(Chờ xử lý\)/),
        })
        const { data: several } = await api.get("/admin/support/conversations?status=open&status=resolved&limit=200", admin)
        expect(several.conversations.map((conversation: { id: string }) => conversation.id)).toEqual(expect.arrayContaining([anChat.id, anOrderTicket.id]))
      })

      it("reads false as false", async () => {
        const { data: all } = await api.get("/admin/support/conversations?limit=200", admin)
        const { data: notFiltered } = await api.get("/admin/support/conversations?waiting=false&unassigned=false&limit=200", admin)
        expect(notFiltered.count).toBe(all.count)
      })

      it("refuses a search without a login", async () => {
        expect(await failure(api.get("/admin/support/conversations?q=Nguy"))).toMatchObject({ status: 401 })
      })
    })

    describe("assignment", () => {
      it("assigns a conversation to a colleague, who finds it under mine; the assigner does not", async () => {
        const colleague = await inviteStaff("thu.le@audiotailoc.vn", "Thu", "Lê Thị")
        const { data: assigned } = await api.post(`/admin/support/conversations/${binhTicket.id}`, { assignee_id: colleague.id }, admin)
        expect(assigned.conversation).toMatchObject({ assignee_id: colleague.id, user: { id: colleague.id, first_name: "Thu" } })

        const { data: colleagueInbox } = await api.get("/admin/support/conversations?mine=true", colleague)
        expect(colleagueInbox.conversations.map((conversation: { id: string }) => conversation.id)).toEqual([binhTicket.id])
        const { data: adminInbox } = await api.get("/admin/support/conversations?mine=true&limit=200", admin)
        expect(adminInbox.conversations.map((conversation: { id: string }) => conversation.id)).not.toContain(binhTicket.id)

        // "Nhận xử lý": the admin takes it over; it leaves the colleague's list.
        const { data: me } = await api.get("/admin/users/me", admin)
        await api.post(`/admin/support/conversations/${binhTicket.id}`, { assignee_id: me.user.id }, admin)
        const { data: afterTake } = await api.get("/admin/support/conversations?mine=true", colleague)
        expect(afterTake.conversations).toEqual([])
      })

      it("refuses an unknown assignee and mine combined with another assignee filter", async () => {
        expect(await failure(api.post(`/admin/support/conversations/${anChat.id}`, { assignee_id: "user_missing" }, admin))).toMatchObject({
          status: 400,
          message: expect.stringMatching(/no admin user has that id/),
        })
        expect(await failure(api.get("/admin/support/conversations?mine=true&unassigned=true", admin))).toMatchObject({ status: 400 })
        expect(await failure(api.post(`/admin/support/conversations/${anChat.id}`, { priority: "gap" }, admin))).toMatchObject({
          status: 400,
          message: expect.stringMatching(/urgent \(Khẩn cấp\)/),
        })
      })
    })

    describe("canned replies", () => {
      it("are created, listed, searched, read, changed and deleted by staff", async () => {
        const { data: me } = await api.get("/admin/users/me", admin)
        const { data: created } = await api.post(
          "/admin/support/canned-replies",
          { title: "Giờ mở cửa", body: "Showroom mở cửa 8:00–21:00 mỗi ngày, kể cả Chủ nhật." },
          admin
        )
        expect(created.canned_reply).toMatchObject({ id: expect.stringMatching(/^cnr_/), title: "Giờ mở cửa", created_by: me.user.id })
        const id = created.canned_reply.id
        await api.post("/admin/support/canned-replies", { title: "Bảo hành", body: "Loa được bảo hành 12 tháng tại showroom." }, admin)

        const { data: list } = await api.get("/admin/support/canned-replies", admin)
        expect(list.canned_replies.map((reply: { title: string }) => reply.title)).toEqual(["Bảo hành", "Giờ mở cửa"])
        const { data: found } = await api.get("/admin/support/canned-replies?q=Ch%E1%BB%A7%20nh%E1%BA%ADt", admin)
        expect(found.canned_replies.map((reply: { id: string }) => reply.id)).toEqual([id])

        const { data: updated } = await api.post(`/admin/support/canned-replies/${id}`, { title: "Giờ mở cửa showroom" }, admin)
        expect(updated.canned_reply).toMatchObject({ title: "Giờ mở cửa showroom", body: created.canned_reply.body })
        const { data: read } = await api.get(`/admin/support/canned-replies/${id}`, admin)
        expect(read.canned_reply.title).toBe("Giờ mở cửa showroom")

        const { data: deleted } = await api.delete(`/admin/support/canned-replies/${id}`, admin)
        expect(deleted).toEqual({ id, object: "support_canned_reply", deleted: true })
        expect(await failure(api.get(`/admin/support/canned-replies/${id}`, admin))).toMatchObject({ status: 404 })
      })

      it("refuses bad input with a 400 and keeps what was saved", async () => {
        const { data: created } = await api.post("/admin/support/canned-replies", { title: "Đổi trả", body: "Đổi trả trong 7 ngày." }, admin)
        const id = created.canned_reply.id
        for (const body of [
          {},
          { title: "Đổi trả" },
          { title: "x", body: "Ngắn" },
          { title: "x".repeat(121), body: "Dài" },
          { title: "Tiêu đề", body: "   " },
          { title: "Tiêu đề", body: "y".repeat(5001) },
          { title: "Tiêu đề", body: "Nội dung", created_by: "user_other" },
        ]) {
          expect(await failure(api.post("/admin/support/canned-replies", body, admin))).toMatchObject({ status: 400 })
        }
        expect(await failure(api.post(`/admin/support/canned-replies/${id}`, {}, admin))).toMatchObject({
          status: 400,
          message: expect.stringMatching(/title or a body/),
        })
        expect(await failure(api.post(`/admin/support/canned-replies/${id}`, { body: "" }, admin))).toMatchObject({ status: 400 })
        expect(await failure(api.get("/admin/support/canned-replies?q=a", admin))).toMatchObject({ status: 400 })
        expect(await failure(api.get("/admin/support/canned-replies?limit=0", admin))).toMatchObject({ status: 400 })

        const { data: kept } = await api.get(`/admin/support/canned-replies/${id}`, admin)
        expect(kept.canned_reply).toMatchObject({ title: "Đổi trả", body: "Đổi trả trong 7 ngày." })
      })

      it("answers 404 for a reply that does not exist, in the staff's language", async () => {
        const missing = "cnr_01JMISSING000000000000000"
        expect(await failure(api.get(`/admin/support/canned-replies/${missing}`, vietnamese(admin)))).toMatchObject({
          status: 404,
          message: expect.stringMatching(/Không tìm thấy câu trả lời mẫu/),
        })
        expect(await failure(api.post(`/admin/support/canned-replies/${missing}`, { title: "Mới" }, admin))).toMatchObject({
          status: 404,
          message: expect.stringMatching(/was not found/),
        })
        expect(await failure(api.delete(`/admin/support/canned-replies/${missing}`, admin))).toMatchObject({ status: 404 })
      })

      it("are for logged-in staff only", async () => {
        expect(await failure(api.get("/admin/support/canned-replies"))).toMatchObject({ status: 401 })
        expect(await failure(api.post("/admin/support/canned-replies", { title: "Ẩn danh", body: "Không được" }))).toMatchObject({ status: 401 })
        expect(await failure(api.delete("/admin/support/canned-replies/cnr_any"))).toMatchObject({ status: 401 })
        // A customer's token is not a staff login.
        expect(await failure(api.get("/admin/support/canned-replies", an))).toMatchObject({ status: 401 })
      })
    })
  },
})
