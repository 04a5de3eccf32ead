import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ClientEvents, REALTIME_MODULE, ServerEvents, type RealtimeService } from "@tailoc/realtime-contract"
import { io, type Socket } from "socket.io-client"
import { seedShop, type SeedSummary } from "../../src/seed"
import { failure, loginAdmin, registerCustomer, type RequestConfig } from "../helpers/accounts"

// This file checks the support plugin's default limits: undo the looser ones setup.js gives
// the other specs, and trust no proxy (the default), so X-Forwarded-For must be ignored.
delete process.env.SUPPORT_LIMIT_CONVERSATIONS_PER_CUSTOMER
delete process.env.SUPPORT_MAX_OPEN_CONVERSATIONS
delete process.env.TRUSTED_PROXIES
// Lower than the default (10/1h) so that two guests reach it.
process.env.SUPPORT_LIMIT_GUEST_CONVERSATIONS_PER_ADDRESS = "5/1h"

jest.setTimeout(240_000)

type Customer = RequestConfig & { customerId: string }
type Reply = { status: number; headers: Record<string, string>; data: any }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let admin: RequestConfig
    let adminId: string
    let store: RequestConfig
    /** Guest tokens this file has obtained from 127.0.0.1: they count against the same 5 per 10 minutes. */
    let guestTokensIssued = 0
    const sockets: Socket[] = []

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      admin = await loginAdmin(api, seeded)
      adminId = (await api.get("/admin/users/me", admin)).data.user.id
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    })

    afterEach(() => {
      for (const socket of sockets.splice(0)) socket.close()
    })

    /** The response of a request, successful or not. */
    const send = (request: Promise<any>): Promise<Reply> =>
      request.then(
        (response) => ({ status: response.status, headers: response.headers, data: response.data }),
        (error) => ({ status: error.response.status, headers: error.response.headers, data: error.response.data })
      )
    const statusesOf = (replies: Reply[]) => replies.map((reply) => reply.status)

    async function guest(headers: Record<string, string> = {}): Promise<RequestConfig> {
      const { data } = await api.post("/store/support/guest-token", {}, { headers: { ...store.headers, ...headers } })
      guestTokensIssued++
      return { headers: { ...store.headers, ...headers, "x-guest-token": data.token } }
    }

    const openTicket = (customer: RequestConfig, subject: string) =>
      send(api.post("/store/support/conversations", { kind: "ticket", subject, body: "Amply Denon không lên nguồn." }, customer))

    /** Resolves once `count` stored messages have been delivered (socket pushes and notifications). */
    const deliveries = (count = 1) =>
      TestEventUtils.waitSubscribersExecution("support.message.created", getContainer().resolve(Modules.EVENT_BUS) as any, { triggerCount: count, timeout: 60_000 })

    /** Opens a ticket and waits until staff have been notified of it. */
    async function openDelivered(customer: RequestConfig, subject: string) {
      const delivered = deliveries()
      const opened = await openTicket(customer, subject)
      expect(opened.status).toBe(201)
      await delivered
      return opened.data.conversation.id as string
    }

    /** A staff socket collecting every notification:new it is pushed. */
    async function staffSocket(config: RequestConfig) {
      const port = getContainer().resolve<RealtimeService>(REALTIME_MODULE).port!
      const socket = io(`http://127.0.0.1:${port}`, {
        auth: { token: config.headers.authorization.replace("Bearer ", "") },
        transports: ["websocket"],
        reconnection: false,
      })
      sockets.push(socket)
      const received: any[] = []
      socket.on(ServerEvents.notificationNew, (notification) => received.push(notification))
      await new Promise((resolve, reject) => {
        socket.once(ServerEvents.connectionReady, resolve)
        socket.once("connect_error", reject)
      })
      return { socket, received }
    }

    /** Staff notifications stored about a conversation, straight from the database. */
    const notificationsAbout = (conversationId: string) =>
      getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)("in_app_notification")
        .where({ link: `/app/support?conversation=${conversationId}` })
        .whereNull("deleted_at")
        .select("recipient_id", "type", "count", "read_at")
        .orderBy(["recipient_id", "type"])

    describe("new conversations", () => {
      it("lets a customer open 5 conversations an hour, then answers 429 with Retry-After and saves nothing", async () => {
        const carol = await registerCustomer(api, seeded.publishableKey, "carol.limits@example.vn", "Carol")
        const opened: Reply[] = []
        for (let index = 1; index <= 5; index++) opened.push(await openTicket(carol, `Câu hỏi số ${index}`))
        expect(statusesOf(opened)).toEqual([201, 201, 201, 201, 201])

        const refused = await openTicket(carol, "Câu hỏi số 6")
        expect(refused.status).toBe(429)
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(3000)
        expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(3600)
        expect(refused.data).toMatchObject({ type: "rate_limited", message: expect.stringMatching(/^Bạn đã mở nhiều cuộc trò chuyện.*thử lại sau 60 phút\.$/) })
        const inEnglish = await openTicket({ headers: { ...carol.headers, "accept-language": "en" } }, "Question 7")
        expect(inEnglish.data.message).toMatch(/^You have opened several conversations/)

        const { data } = await api.get("/store/support/conversations", carol)
        expect(data.conversations).toHaveLength(5)
      })

      it("caps a customer's unresolved conversations at 10 until the shop resolves one", async () => {
        const dan = await registerCustomer(api, seeded.publishableKey, "dan.limits@example.vn", "Dan")
        const support = getContainer().resolve("support") as any
        const waiting = await support.createSupportConversations(
          Array.from({ length: 10 }, (_, index) => ({ kind: "ticket", subject: `Đang chờ ${index}`, customer_id: dan.customerId }))
        )

        const capped = await openTicket(dan, "Thêm một câu hỏi")
        expect(capped.status).toBe(400)
        expect(capped.data.message).toBe(
          "Bạn đang có 10 cuộc trò chuyện chưa được giải quyết. Vui lòng nhắn tiếp trong một trong các cuộc trò chuyện này; cửa hàng sẽ sớm phản hồi."
        )
        const inEnglish = await openTicket({ headers: { ...dan.headers, "accept-language": "en-US,en;q=0.9" } }, "One more question")
        expect(inEnglish.data.message).toMatch(/^You already have 10 unresolved conversations\. Please continue in one of them/)
        expect((await api.get("/store/support/conversations", dan)).data.conversations).toHaveLength(10)

        await api.post(`/admin/support/conversations/${waiting[0].id}`, { status: "resolved" }, admin)
        expect((await openTicket(dan, "Thêm một câu hỏi")).status).toBe(201)
      })

      it("lets a guest open 3 conversations an hour and an address 5, whatever X-Forwarded-For says", async () => {
        const first = await guest({ "x-forwarded-for": "203.0.113.10" })
        const chat = (config: RequestConfig, index: number) =>
          send(api.post("/store/support/guest/conversations", { body: `Loa này còn hàng không? (${index})` }, config))

        const byFirst: Reply[] = []
        for (let index = 1; index <= 4; index++) byFirst.push(await chat(first, index))
        expect(statusesOf(byFirst)).toEqual([201, 201, 201, 429])
        expect(Number(byFirst[3].headers["retry-after"])).toBeGreaterThan(0)

        // A second guest token from the same address, claiming another: the address's 5th
        // attempt is allowed, its 6th is not although this guest has opened only one.
        const second = await guest({ "x-forwarded-for": "198.51.100.77" })
        expect((await chat(second, 5)).status).toBe(201)
        const refused = await chat({ headers: { ...second.headers, "x-forwarded-for": "192.0.2.1" } }, 6)
        expect(refused).toMatchObject({ status: 429, data: { type: "rate_limited" } })
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
      })
    })

    describe("messages and staff notifications", () => {
      it("accepts 20 messages a minute in a conversation, refuses the rest with 429, and notifies each staff member once", async () => {
        const erin = await registerCustomer(api, seeded.publishableKey, "erin.limits@example.vn", "Erin")
        const secondStaff = await getContainer().resolve(Modules.USER).createUsers({ email: "tuvan.limits@audiotailoc.vn", first_name: "Tư vấn" })
        const { socket, received } = await staffSocket(admin)

        const conversationId = await openDelivered(erin, "Loa sub bị rè")
        const delivered = deliveries(20)
        const burst = await Promise.all(
          Array.from({ length: 25 }, (_, index) =>
            send(api.post(`/store/support/conversations/${conversationId}/messages`, { body: `Tin nhắn ${index + 1}` }, erin))
          )
        )
        const statuses = statusesOf(burst)
        expect(statuses.filter((status) => status === 201)).toHaveLength(20)
        expect(statuses.filter((status) => status === 429)).toHaveLength(5)
        const refused = burst.find((reply) => reply.status === 429)!
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
        expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(60)
        expect(refused.data.message).toMatch(/^Bạn gửi tin nhắn quá nhanh\. Vui lòng thử lại sau \d+ giây\.$/)
        const { data } = await api.get(`/store/support/conversations/${conversationId}`, erin)
        expect(data.conversation.messages).toHaveLength(21)

        // Every delivery has run: each member of staff has one notice for the new conversation
        // and one standing for all 20 messages, and was pushed each once.
        await delivered
        expect(await notificationsAbout(conversationId)).toEqual(
          [adminId, secondStaff.id].sort().flatMap((recipientId) => [
            { recipient_id: recipientId, type: "support.conversation", count: 1, read_at: null },
            { recipient_id: recipientId, type: "support.message", count: 20, read_at: null },
          ])
        )
        // A round trip on the socket: whatever the gateway pushed before it has arrived.
        await socket.timeout(5000).emitWithAck(ClientEvents.conversationJoin, { conversation_id: conversationId })
        const pushed = received.filter((notification) => notification.resource_id === conversationId)
        expect(pushed.map((notification) => notification.type).sort()).toEqual(["support.conversation", "support.message"])
        expect(pushed.every((notification) => notification.recipient_id === adminId)).toBe(true)

        // The per-author limit (30 a minute) also holds across the author's conversations: the
        // burst charged 25, so a second conversation takes 5 more.
        const other = await openTicket(erin, "Thêm một câu hỏi khác")
        const more: Reply[] = []
        for (let index = 1; index <= 6; index++) {
          more.push(await send(api.post(`/store/support/conversations/${other.data.conversation.id}/messages`, { body: `Câu ${index}` }, erin)))
        }
        expect(statusesOf(more)).toEqual([201, 201, 201, 201, 201, 429])
      })

      it("starts a new notice, pushed at once, after staff read the conversation", async () => {
        const fiona = await registerCustomer(api, seeded.publishableKey, "fiona.limits@example.vn", "Fiona")
        const conversationId = await openDelivered(fiona, "Micro Shure bị hú")
        await api.post(`/admin/support/conversations/${conversationId}`, { assignee_id: adminId }, admin)
        const { socket, received } = await staffSocket(admin)

        const post = async (body: string) => {
          const delivered = deliveries()
          await api.post(`/store/support/conversations/${conversationId}/messages`, { body }, fiona)
          await delivered
        }
        await post("Em gửi thêm thông tin")
        await post("Và một câu nữa")
        const messageNotices = () => received.filter((notification) => notification.resource_id === conversationId && notification.type === "support.message")
        expect(messageNotices()).toHaveLength(1)

        await api.post(`/admin/support/conversations/${conversationId}/read`, {}, admin)
        await post("Shop ơi?")
        const stored = (await notificationsAbout(conversationId)).filter((notification: any) => notification.type === "support.message")
        expect(stored).toHaveLength(2)
        expect(stored).toEqual(
          expect.arrayContaining([
            { recipient_id: adminId, type: "support.message", count: 2, read_at: expect.any(Date) },
            { recipient_id: adminId, type: "support.message", count: 1, read_at: null },
          ])
        )
        // A round trip on the socket: whatever the gateway pushed before it has arrived.
        await socket.timeout(5000).emitWithAck(ClientEvents.conversationJoin, { conversation_id: conversationId })
        expect(messageNotices().map((notification) => [notification.body, notification.count])).toEqual([
          ["Em gửi thêm thông tin", 1],
          ["Shop ơi?", 1],
        ])
      })
    })

    describe("assigning a conversation", () => {
      it("refuses a user id that does not exist with a 400 naming it, and changes nothing", async () => {
        const gina = await registerCustomer(api, seeded.publishableKey, "gina.limits@example.vn", "Gina")
        const opened = await openTicket(gina, "Bảo hành loa JBL")
        const conversationId = opened.data.conversation.id
        await api.post(`/admin/support/conversations/${conversationId}`, { assignee_id: adminId }, admin)

        const refused = await failure(
          api.post(`/admin/support/conversations/${conversationId}`, { assignee_id: "user_01JNOSUCHUSER0000000000000", priority: "urgent" }, admin)
        )
        expect(refused).toEqual({
          status: 400,
          message: "Cannot assign the conversation to user_01JNOSUCHUSER0000000000000: no admin user has that id",
        })
        const { data } = await api.get(`/admin/support/conversations/${conversationId}`, admin)
        expect(data.conversation).toMatchObject({ assignee_id: adminId, priority: "normal" })

        // Unassigning still works.
        const { data: unassigned } = await api.post(`/admin/support/conversations/${conversationId}`, { assignee_id: null }, admin)
        expect(unassigned.conversation.assignee_id).toBeNull()
      })
    })

    describe("guest tokens", () => {
      it("gives one address 5 tokens per 10 minutes, whatever X-Forwarded-For it sends", async () => {
        const replies: Reply[] = []
        for (let attempt = 0; attempt < 8; attempt++) {
          const forged = { "x-forwarded-for": `198.51.100.${attempt + 1}, 10.0.0.${attempt + 1}`, "x-real-ip": `192.0.2.${attempt + 1}` }
          replies.push(await send(api.post("/store/support/guest-token", {}, { headers: { ...store.headers, ...forged } })))
        }
        const allowed = 5 - guestTokensIssued
        expect(statusesOf(replies)).toEqual([...Array(allowed).fill(201), ...Array(8 - allowed).fill(429)])

        const refused = replies.at(-1)!
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
        expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(600)
        expect(refused.data).toMatchObject({ type: "rate_limited", message: expect.stringMatching(/^Bạn thao tác quá nhanh\. Vui lòng thử lại sau \d+ (giây|phút)\.$/) })
        const english = await send(api.post("/store/support/guest-token", {}, { headers: { ...store.headers, "accept-language": "en" } }))
        expect(english).toMatchObject({ status: 429, data: { message: expect.stringMatching(/^Too many requests\. Please try again in \d+ (seconds|minutes)\.$/) } })
      })
    })
  },
})
