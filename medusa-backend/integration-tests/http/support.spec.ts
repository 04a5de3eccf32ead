import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ClientEvents, REALTIME_MODULE, ServerEvents, type RealtimeService } from "@tailoc/realtime-contract"
import { io, type Socket } from "socket.io-client"
import { seedShop, type SeedSummary } from "../../src/seed"
import { failure, loginAdmin, registerCustomer, type RequestConfig } from "../helpers/accounts"

jest.setTimeout(240_000)

type Customer = RequestConfig & { customerId: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let alice: Customer
    let bob: Customer
    let admin: RequestConfig
    let port: number
    const sockets: Socket[] = []

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      alice = await registerCustomer(api, seeded.publishableKey, "alice.support@example.vn", "Alice")
      bob = await registerCustomer(api, seeded.publishableKey, "bob.support@example.vn", "Bob")
      admin = await loginAdmin(api, seeded)
      port = getContainer().resolve<RealtimeService>(REALTIME_MODULE).port!
    })

    afterEach(() => {
      for (const socket of sockets.splice(0)) socket.close()
    })

    const tokenOf = (config: RequestConfig) => config.headers.authorization.replace("Bearer ", "")

    /** A real socket.io client, resolved once the gateway says it is ready. */
    function connect(token?: string): Promise<{ socket: Socket; ready: any }> {
      const socket = io(`http://127.0.0.1:${port}`, { auth: token ? { token } : {}, transports: ["websocket"], reconnection: false })
      sockets.push(socket)
      return new Promise((resolve, reject) => {
        socket.once(ServerEvents.connectionReady, (ready) => resolve({ socket, ready }))
        socket.once("connect_error", reject)
      })
    }
    const join = (socket: Socket, conversationId: string, lastMessageId?: string) =>
      socket.timeout(5000).emitWithAck(ClientEvents.conversationJoin, { conversation_id: conversationId, last_message_id: lastMessageId })
    /** The next `event` on `socket` that `matches`; rejects when none comes in time. */
    const nextEvent = <T = any>(socket: Socket, event: string, timeoutMs = 5000, matches: (payload: T) => boolean = () => true) =>
      new Promise<T>((resolve, reject) => {
        const listener = (payload: T) => {
          if (!matches(payload)) return
          clearTimeout(timer)
          socket.off(event, listener)
          resolve(payload)
        }
        const timer = setTimeout(() => {
          socket.off(event, listener)
          reject(new Error(`no ${event} within ${timeoutMs} ms`))
        }, timeoutMs)
        socket.on(event, listener)
      })

    /**
     * Runs `post` and resolves once every subscriber of the message it stores has finished,
     * so a check that something did NOT happen looks after the decision, not after a guess.
     */
    async function postAndDeliver(post: () => Promise<{ data: any }>): Promise<{ data: any }> {
      const delivered = TestEventUtils.waitSubscribersExecution("support.message.created", getContainer().resolve(Modules.EVENT_BUS))
      const result = await post()
      await delivered
      return result
    }

    async function openTicket(customer: Customer, subject = "Sub bị ù khi mở lớn") {
      const { data } = await api.post(
        "/store/support/conversations",
        { kind: "ticket", subject, body: "Sub JBL mua tháng trước bị ù ở âm lượng 70%." },
        customer
      )
      return data.conversation
    }

    describe("tickets over HTTP", () => {
      it("goes from a customer's question through a staff reply and an internal note to resolved", async () => {
        const ticket = await openTicket(alice)
        expect(ticket).toMatchObject({ status: "open", last_message_by: "customer", messages: [{ author_type: "customer" }] })

        const { data: inbox } = await api.get("/admin/support/conversations?waiting=true&unassigned=true", admin)
        expect(inbox.conversations.map((conversation: any) => conversation.id)).toContain(ticket.id)

        const { data: me } = await api.get("/admin/users/me", admin)
        await api.post(`/admin/support/conversations/${ticket.id}`, { assignee_id: me.user.id, priority: "high" }, admin)
        await api.post(`/admin/support/conversations/${ticket.id}/messages`, { body: "Anh thử giảm gain sub giúp em nhé." }, admin)
        await api.post(`/admin/support/conversations/${ticket.id}/messages`, { body: "Có thể lỗi nguồn, kiểm tra bảo hành", is_internal: true }, admin)

        const { data: customerView } = await api.get(`/store/support/conversations/${ticket.id}`, alice)
        expect(customerView.conversation.status).toBe("pending")
        expect(customerView.conversation.messages.map((message: any) => message.body)).toEqual([
          "Sub JBL mua tháng trước bị ù ở âm lượng 70%.",
          "Anh thử giảm gain sub giúp em nhé.",
        ])
        const { data: staffView } = await api.get(`/admin/support/conversations/${ticket.id}`, admin)
        expect(staffView.conversation.messages).toHaveLength(3)

        await api.post(`/store/support/conversations/${ticket.id}/messages`, { body: "Đã hết ù, cảm ơn shop!" }, alice)
        const { data: reopened } = await api.get(`/admin/support/conversations/${ticket.id}`, admin)
        expect(reopened.conversation).toMatchObject({ status: "open", last_message_by: "customer", priority: "high", assignee_id: me.user.id })

        await api.post(`/admin/support/conversations/${ticket.id}`, { status: "closed" }, admin)
        const closed = await failure(api.post(`/store/support/conversations/${ticket.id}/messages`, { body: "Thêm câu hỏi" }, alice))
        expect(closed).toMatchObject({ status: 400, message: expect.stringMatching(/closed; please open a new ticket/) })
      })

      it("counts the customer's messages staff have not read, until staff read them", async () => {
        const ticket = await openTicket(alice, "Đếm chưa đọc")
        await api.post(`/store/support/conversations/${ticket.id}/messages`, { body: "Thêm một câu" }, alice)
        const unreadOf = async () => {
          const { data } = await api.get("/admin/support/conversations?limit=200", admin)
          return data.conversations.find((conversation: any) => conversation.id === ticket.id).unread_count
        }
        expect(await unreadOf()).toBe(2)
        await api.post(`/admin/support/conversations/${ticket.id}/read`, {}, admin)
        expect(await unreadOf()).toBe(0)
        await api.post(`/store/support/conversations/${ticket.id}/messages`, { body: "Và câu nữa" }, alice)
        expect(await unreadOf()).toBe(1)
      })

      it("stores a message body exactly as written, markup included", async () => {
        const ticket = await openTicket(alice, "Ký tự đặc biệt")
        const body = `<img src=x onerror="alert(1)"> & "quotes"`
        await api.post(`/store/support/conversations/${ticket.id}/messages`, { body }, alice)
        const { data } = await api.get(`/store/support/conversations/${ticket.id}`, alice)
        expect(data.conversation.messages.at(-1).body).toBe(body)
      })

      it("refuses bad input with a clear 4xx", async () => {
        const ticket = await openTicket(alice, "Kiểm tra dữ liệu")
        expect(await failure(api.post(`/store/support/conversations/${ticket.id}/messages`, { body: "   " }, alice))).toMatchObject({ status: 400 })
        expect(await failure(api.post(`/store/support/conversations/${ticket.id}/messages`, { body: "x".repeat(5001) }, alice))).toMatchObject({ status: 400 })
        expect(await failure(api.post("/store/support/conversations", { subject: "Đơn hàng", body: "?", order_id: "order_not_mine" }, alice))).toMatchObject({
          status: 404,
          message: expect.stringMatching(/Order order_not_mine was not found/),
        })
        expect((await failure(api.get("/store/support/conversations", { headers: { "x-publishable-api-key": seeded.publishableKey } }))).status).toBe(401)
      })

      it("never shows or lets one customer write into another's conversation", async () => {
        const ticket = await openTicket(alice, "Riêng tư")
        expect((await failure(api.get(`/store/support/conversations/${ticket.id}`, bob))).status).toBe(404)
        expect((await failure(api.post(`/store/support/conversations/${ticket.id}/messages`, { body: "xin chào" }, bob))).status).toBe(404)
        expect((await failure(api.post(`/store/support/conversations/${ticket.id}/read`, {}, bob))).status).toBe(404)
        const { data } = await api.get("/store/support/conversations", bob)
        expect(data.conversations.map((conversation: any) => conversation.id)).not.toContain(ticket.id)
      })
    })

    describe("attachments", () => {
      // A 1×1 PNG.
      const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")
      const upload = (customer: Customer, conversationId: string, files: { name: string; type: string; data: Buffer }[], body?: string) => {
        const form = new FormData()
        for (const file of files) form.append("files", new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
        if (body) form.append("body", body)
        return api.post(`/store/support/conversations/${conversationId}/attachments`, form, { headers: { ...customer.headers, "accept-language": "en" } })
      }

      it("stores a checked photo through the file module as a message of its own", async () => {
        const ticket = await openTicket(alice, "Ảnh lỗi")
        const { data } = await upload(alice, ticket.id, [{ name: "mat-sau-amply.png", type: "image/png", data: PNG }], "Ảnh mặt sau")
        expect(data.message).toMatchObject({ body: "Ảnh mặt sau", attachments: [{ name: "mat-sau-amply.png", mime_type: "image/png", size: PNG.length, url: expect.stringMatching(/^\/store\/support\/conversations\//) }] })
      })

      it("rejects unknown types, oversized files and someone else's conversation, saving nothing", async () => {
        const ticket = await openTicket(alice, "Tệp không hợp lệ")
        const executable = await failure(upload(alice, ticket.id, [{ name: "driver.exe", type: "application/x-msdownload", data: Buffer.from("MZ") }]))
        expect(executable).toMatchObject({ status: 400, message: expect.stringMatching(/driver.exe cannot be attached: only JPEG, PNG, WebP, PDF/) })
        const huge = await failure(upload(alice, ticket.id, [{ name: "anh-lon.jpg", type: "image/jpeg", data: Buffer.alloc(5 * 1024 * 1024 + 1) }]))
        expect(huge).toMatchObject({ status: 400, message: "An attachment can be at most 5 MB" })
        expect((await failure(upload(bob, ticket.id, [{ name: "x.png", type: "image/png", data: PNG }]))).status).toBe(404)
        const { data } = await api.get(`/store/support/conversations/${ticket.id}`, alice)
        expect(data.conversation.messages).toHaveLength(1)
      })
    })

    describe("guest chat", () => {
      it("lets a visitor chat with a guest token and hands the chat to their account when they log in", async () => {
        const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
        const { data: guest } = await api.post("/store/support/guest-token", {}, store)
        const asGuest = { headers: { ...store.headers, "x-guest-token": guest.token } }
        const { data: chat } = await api.post("/store/support/guest/conversations", { body: "Loa này có bluetooth không?", name: "Khách lạ" }, asGuest)
        expect(chat.conversation).toMatchObject({ kind: "chat", customer_id: null })

        const { socket: guestSocket, ready } = await connect(guest.token)
        expect(ready.actor).toEqual({ type: "guest", id: guest.guest_id })
        expect(await join(guestSocket, chat.conversation.id)).toMatchObject({ ok: true })
        const reply = nextEvent(guestSocket, ServerEvents.messageNew)
        await api.post(`/admin/support/conversations/${chat.conversation.id}/messages`, { body: "Có ạ, Bluetooth 5.1." }, admin)
        expect(await reply).toMatchObject({ body: "Có ạ, Bluetooth 5.1." })

        const { data: claimed } = await api.post("/store/support/conversations/claim", { guest_token: guest.token }, alice)
        expect(claimed.conversation_ids).toEqual([chat.conversation.id])
        const { data: mine } = await api.get(`/store/support/conversations/${chat.conversation.id}`, alice)
        expect(mine.conversation.messages.map((message: any) => message.body)).toEqual(["Loa này có bluetooth không?", "Có ạ, Bluetooth 5.1."])
        expect((await failure(api.get(`/store/support/conversations/${chat.conversation.id}`, asGuest))).status).toBe(401)
        expect((await failure(api.get(`/store/support/guest/conversations/${chat.conversation.id}`, asGuest))).status).toBe(404)
      })

      it("answers a missing or forged guest token with 401, and rate-limits new guest tokens", async () => {
        const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
        expect((await failure(api.post("/store/support/guest/conversations", { body: "hi" }, store))).status).toBe(401)
        const forged = { headers: { ...store.headers, "x-guest-token": tokenOf(alice) } }
        expect((await failure(api.post("/store/support/guest/conversations", { body: "hi" }, forged))).status).toBe(401)
        const statuses: number[] = []
        for (let attempt = 0; attempt < 6; attempt++) {
          statuses.push(await api.post("/store/support/guest-token", {}, store).then((response: any) => response.status, (error: any) => error.response.status))
        }
        expect(statuses.at(-1)).toBe(429)
      })
    })

    describe("the realtime gateway", () => {
      it("refuses a socket without a valid token", async () => {
        await expect(connect()).rejects.toThrow(/unauthorized/)
        await expect(connect("not-a-jwt")).rejects.toThrow(/unauthorized/)
      })

      it("puts each socket in its own rooms and keeps customers out of other conversations", async () => {
        const ticket = await openTicket(alice, "Phòng riêng")
        const { ready } = await connect(tokenOf(alice))
        expect(ready).toEqual({ actor: { type: "customer", id: alice.customerId }, rooms: [`customer:${alice.customerId}`] })

        const { socket: bobs } = await connect(tokenOf(bob))
        expect(await join(bobs, ticket.id)).toEqual({ error: "not_found", message: "Conversation not found" })
        const { socket: staff, ready: staffReady } = await connect(tokenOf(admin))
        expect(staffReady.rooms).toContain("staff")
        expect(await join(staff, ticket.id)).toMatchObject({ ok: true })
      })

      it("delivers a stored message with its id, live, and internal notes to staff only", async () => {
        const ticket = await openTicket(alice, "Giao tin trực tiếp")
        const { socket: customer } = await connect(tokenOf(alice))
        const { socket: staff } = await connect(tokenOf(admin))
        await join(customer, ticket.id)
        await join(staff, ticket.id)

        const customerSaw: string[] = []
        customer.on(ServerEvents.messageNew, (message: any) => customerSaw.push(message.body))
        const customerReceives = nextEvent(customer, ServerEvents.messageNew)
        const { data: reply } = await api.post(`/admin/support/conversations/${ticket.id}/messages`, { body: "Shop đã nhận, đang kiểm tra." }, admin)
        expect(await customerReceives).toMatchObject({ id: reply.message.id, body: "Shop đã nhận, đang kiểm tra.", author_type: "staff" })

        const staffReceives = nextEvent(staff, ServerEvents.messageNew, 5000, (message: any) => message.body === "nội bộ")
        const { data: note } = await postAndDeliver(() =>
          api.post(`/admin/support/conversations/${ticket.id}/messages`, { body: "nội bộ", is_internal: true }, admin)
        )
        expect(await staffReceives).toMatchObject({ id: note.message.id, is_internal: true })

        // The note's delivery has finished, so anything it sent the customer is on the wire
        // before this later reply, which one gateway delivers in order on the same socket.
        const later = nextEvent(customer, ServerEvents.messageNew, 5000, (message: any) => message.body === "Shop sẽ gọi lại cho anh.")
        await api.post(`/admin/support/conversations/${ticket.id}/messages`, { body: "Shop sẽ gọi lại cho anh." }, admin)
        await later
        expect(customerSaw).toEqual(["Shop đã nhận, đang kiểm tra.", "Shop sẽ gọi lại cho anh."])
      })

      it("gives a reconnecting client every message it missed since its last id", async () => {
        const ticket = await openTicket(alice, "Kết nối lại")
        const lastSeen = ticket.messages.at(-1).id
        for (const body of ["Tin 1 khi khách offline", "Tin 2 khi khách offline"]) {
          await api.post(`/admin/support/conversations/${ticket.id}/messages`, { body }, admin)
        }
        await api.post(`/admin/support/conversations/${ticket.id}/messages`, { body: "ghi chú", is_internal: true }, admin)
        const { socket } = await connect(tokenOf(alice))
        const joined = await join(socket, ticket.id, lastSeen)
        expect(joined.messages.map((message: any) => message.body)).toEqual(["Tin 1 khi khách offline", "Tin 2 khi khách offline"])
      })

      it("relays typing to the other side and notifies staff of a customer's message", async () => {
        const ticket = await openTicket(alice, "Đang gõ")
        const { socket: customer } = await connect(tokenOf(alice))
        const { socket: staff } = await connect(tokenOf(admin))
        await join(customer, ticket.id)
        await join(staff, ticket.id)

        const typing = nextEvent(staff, ServerEvents.typing)
        customer.emit(ClientEvents.typing, { conversation_id: ticket.id, typing: true })
        expect(await typing).toMatchObject({ conversation_id: ticket.id, actor: { type: "customer", id: alice.customerId }, typing: true })

        const notification = nextEvent(staff, ServerEvents.notificationNew)
        await api.post(`/store/support/conversations/${ticket.id}/messages`, { body: "Alo shop ơi" }, alice)
        expect(await notification).toMatchObject({ type: "support.message", title: "Tin nhắn mới: Đang gõ", body: "Alo shop ơi" })
      })

      it("e-mails a staff reply to a customer who is offline, and not to one who is connected", async () => {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const emailsFor = (conversationId: string) =>
          notifications.listNotifications({ resource_id: conversationId, template: "support-reply" })

        const offline = await openTicket(alice, "Khách đang offline")
        await postAndDeliver(() => api.post(`/admin/support/conversations/${offline.id}/messages`, { body: "Shop trả lời qua e-mail" }, admin))
        const [email] = await emailsFor(offline.id)
        expect(email).toMatchObject({ to: "alice.support@example.vn", channel: "email", data: expect.objectContaining({ body: "Shop trả lời qua e-mail" }) })

        const online = await openTicket(alice, "Khách đang online")
        const { socket } = await connect(tokenOf(alice))
        await join(socket, online.id)
        const delivered = nextEvent(socket, ServerEvents.messageNew)
        await postAndDeliver(() => api.post(`/admin/support/conversations/${online.id}/messages`, { body: "Shop trả lời trực tiếp" }, admin))
        await delivered
        expect(await emailsFor(online.id)).toEqual([])
      })

      it("bridges a placed order to the customer and staff as order:created", async () => {
        const { createOrderWorkflow } = await import("@medusajs/medusa/core-flows")
        const { data: regions } = await api.get("/admin/regions", admin)
        const { result: order } = await createOrderWorkflow(getContainer()).run({
          input: {
            region_id: regions.regions[0].id,
            customer_id: alice.customerId,
            email: "alice.support@example.vn",
            currency_code: "vnd",
            items: [{ title: "Loa karaoke JBL Pasion 10 (đôi)", quantity: 1, unit_price: 22_900_000 }],
          } as any,
        })
        const { socket: customer } = await connect(tokenOf(alice))
        const { socket: staff } = await connect(tokenOf(admin))
        const toCustomer = nextEvent(customer, ServerEvents.orderCreated)
        const toStaff = nextEvent(staff, ServerEvents.orderCreated)
        await (getContainer().resolve("event_bus") as any).emit({ name: "order.placed", data: { id: order.id } })
        expect(await toCustomer).toMatchObject({ id: order.id, customer_id: alice.customerId, currency_code: "vnd" })
        expect(await toStaff).toMatchObject({ id: order.id })
      })

      it("bridges a stock change to the product's watchers as inventory:updated", async () => {
        const { data: products } = await api.get("/admin/products?handle=jbl-charge-5&fields=id,variants.id,variants.inventory_items.inventory_item_id", admin)
        const product = products.products[0]
        const inventoryItemId = product.variants[0].inventory_items[0].inventory_item_id
        const { data: levels } = await api.get(`/admin/inventory-items/${inventoryItemId}/location-levels`, admin)
        const level = levels.inventory_levels[0]

        const { socket: shopper } = await connect(tokenOf(bob))
        shopper.emit(ClientEvents.productWatch, { product_id: product.id })
        await new Promise((resolve) => setTimeout(resolve, 100))
        const update = nextEvent(shopper, ServerEvents.inventoryUpdated, 5000, (payload: any) => payload.stocked_quantity === 3)
        await api.post(`/admin/inventory-items/${inventoryItemId}/location-levels/${level.location_id}`, { stocked_quantity: 3 }, admin)
        expect(await update).toMatchObject({ product_id: product.id, location_id: level.location_id, stocked_quantity: 3, available_quantity: 3 })
      })

      it("bridges booking events to the customer's room as booking:updated", async () => {
        const { socket } = await connect(tokenOf(alice))
        const update = nextEvent(socket, ServerEvents.bookingUpdated)
        const eventBus = getContainer().resolve("event_bus") as any
        await eventBus.emit({ name: "booking.updated", data: { id: "bkg_test", customer_id: alice.customerId, status: "confirmed", change: "status" } })
        expect(await update).toMatchObject({ id: "bkg_test", status: "confirmed", event: "booking.updated" })
      })
    })
  },
})
