import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ClientEvents, REALTIME_MODULE, ServerEvents, type ConversationJoinReply, type MessagePayload } from "@tailoc/realtime-contract"
import jwt from "jsonwebtoken"
import { io, type Socket } from "socket.io-client"
import { seedShop, type SeedSummary } from "../../src/seed"
import { failure, loginAdmin, registerCustomer, type RequestConfig } from "../helpers/accounts"

jest.setTimeout(240_000)

/**
 * POST /store/support/realtime-token: the storefront's customer login is an httpOnly cookie,
 * so the browser's socket gets a short-lived gateway token from this route instead.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let admin: RequestConfig
    let alice: RequestConfig & { customerId: string }
    let bob: RequestConfig & { customerId: string }
    let port: number
    const sockets: Socket[] = []

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      admin = await loginAdmin(api, seeded)
      alice = await registerCustomer(api, seeded.publishableKey, "alice.rt-token@example.vn", "Alice")
      bob = await registerCustomer(api, seeded.publishableKey, "bob.rt-token@example.vn", "Bob")
      port = getContainer().resolve(REALTIME_MODULE).port
    })

    afterEach(() => {
      for (const socket of sockets.splice(0)) socket.close()
    })

    function connect(token: string): Promise<Socket> {
      const socket = io(`http://127.0.0.1:${port}`, { auth: { token }, transports: ["websocket"], reconnection: false })
      sockets.push(socket)
      return new Promise((resolve, reject) => {
        socket.once(ServerEvents.connectionReady, () => resolve(socket))
        socket.once("connect_error", reject)
      })
    }

    it("gives a logged-in customer a short-lived token naming only them", async () => {
      const { data } = await api.post("/store/support/realtime-token", {}, alice)
      expect(typeof data.token).toBe("string")
      expect(data.port).toBe(port)
      const secret = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
      const claims = jwt.verify(data.token, secret) as Record<string, unknown>
      expect(claims.actor_type).toBe("customer")
      expect(claims.actor_id).toBe(alice.customerId)
      // No auth identity or app metadata: nothing beyond who the socket is.
      expect(claims.auth_identity_id).toBeUndefined()
      const lifetime = (claims.exp as number) - (claims.iat as number)
      expect(lifetime).toBeGreaterThan(0)
      expect(lifetime).toBeLessThanOrEqual(15 * 60)
      expect(new Date(data.expires_at).getTime()).toBeGreaterThan(Date.now())
    })

    it("refuses a guest, a guest chat token and a bad token", async () => {
      const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      expect((await failure(api.post("/store/support/realtime-token", {}, store))).status).toBe(401)
      const { data: guest } = await api.post("/store/support/guest-token", {}, store)
      const asGuest = { headers: { ...store.headers, authorization: `Bearer ${guest.token}` } }
      expect((await failure(api.post("/store/support/realtime-token", {}, asGuest))).status).toBe(401)
      const forged = { headers: { ...store.headers, authorization: "Bearer not-a-token" } }
      expect((await failure(api.post("/store/support/realtime-token", {}, forged))).status).toBe(401)
    })

    it("opens the customer's own room and conversation on the gateway, and no one else's", async () => {
      const { data: opened } = await api.post(
        "/store/support/conversations",
        { kind: "chat", subject: "Tư vấn loa", body: "Chào shop" },
        alice
      )
      const conversationId = opened.conversation.id as string
      const { data } = await api.post("/store/support/realtime-token", {}, alice)
      const socket = await connect(data.token)

      const join = await new Promise<ConversationJoinReply>((resolve) =>
        socket.emit(ClientEvents.conversationJoin, { conversation_id: conversationId, last_message_id: null }, resolve)
      )
      expect("ok" in join && join.ok).toBe(true)

      const reply = new Promise<MessagePayload>((resolve) => socket.once(ServerEvents.messageNew, resolve))
      await api.post(`/admin/support/conversations/${conversationId}/messages`, { body: "Shop chào anh/chị" }, admin)
      expect((await reply).body).toBe("Shop chào anh/chị")

      // Bob's token opens his socket but not Alice's conversation.
      const { data: bobToken } = await api.post("/store/support/realtime-token", {}, bob)
      const bobSocket = await connect(bobToken.token)
      const refused = await new Promise<ConversationJoinReply>((resolve) =>
        bobSocket.emit(ClientEvents.conversationJoin, { conversation_id: conversationId }, resolve)
      )
      expect("error" in refused && refused.error).toBe("not_found")
    })
  },
})
