import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedShop, type SeedSummary } from "../../src/seed"
import { signOrderAccessToken } from "../../src/api/store/orders/access-token"
import { failure, registerCustomer, type RequestConfig } from "../helpers/accounts"

jest.setTimeout(240_000)

type Customer = RequestConfig & { customerId: string }
type Contact = { email: string; phone: string; street: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let store: RequestConfig
    let alice: Customer
    let bob: Customer
    let regionId: string
    let variantId: string
    let jwtSecret: string

    const withToken = (token: string, base: RequestConfig = store): RequestConfig => ({
      headers: { ...base.headers, "x-order-token": token },
    })
    const english = (base: RequestConfig = store): RequestConfig => ({ headers: { ...base.headers, "accept-language": "en" } })

    /** A real checkout through the store API: cart, address, shipping, cash on delivery, completion. */
    async function checkout(buyer: RequestConfig, contact: Contact) {
      const { data: created } = await api.post("/store/carts", { region_id: regionId }, buyer)
      const cartId = created.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, buyer)
      const address = {
        first_name: "Nguyễn",
        last_name: "Văn An",
        address_1: contact.street,
        city: "TP. Hồ Chí Minh",
        province: "vn-sg",
        postal_code: "700000",
        country_code: "vn",
        phone: contact.phone,
      }
      await api.post(`/store/carts/${cartId}`, { email: contact.email, shipping_address: address, billing_address: address }, buyer)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, buyer)
      const delivery = options.shipping_options.find((option: any) => option.amount > 0) ?? options.shipping_options[0]
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: delivery.id }, buyer)
      const { data: payment } = await api.post("/store/payment-collections", { cart_id: cartId }, buyer)
      await api.post(`/store/payment-collections/${payment.payment_collection.id}/payment-sessions`, { provider_id: "pp_offline_cod" }, buyer)
      const { data: completion } = await api.post(`/store/carts/${cartId}/complete`, {}, buyer)
      expect(completion.type).toBe("order")
      return { cartId, order: completion.order, completion }
    }

    const aliceContact: Contact = { email: "alice.order@example.vn", phone: "0901 234 567", street: "12 Nguyễn Trãi, Quận 1" }
    const guestContact: Contact = { email: "khach.vang.lai@example.vn", phone: "0912 345 678", street: "45 Lê Lợi, Quận 1" }
    let aliceOrder: { cartId: string; order: any; completion: any }
    let guestOrder: { cartId: string; order: any; completion: any }

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      alice = await registerCustomer(api, seeded.publishableKey, aliceContact.email, "Alice")
      bob = await registerCustomer(api, seeded.publishableKey, "bob.order@example.vn", "Bob")
      jwtSecret = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string

      const { data: regions } = await api.get("/store/regions", store)
      regionId = regions.regions.find((region: any) => region.name === "Việt Nam").id
      const { data: products } = await api.get(`/store/products?region_id=${regionId}&limit=1&fields=*variants`, store)
      variantId = products.products[0].variants[0].id

      aliceOrder = await checkout(alice, aliceContact)
      guestOrder = await checkout(store, guestContact)
    })

    describe("a logged-in customer's order", () => {
      it("is shown to its owner, with the address, and listed in their orders", async () => {
        const { data } = await api.get(`/store/orders/${aliceOrder.order.id}`, alice)
        expect(data.order).toMatchObject({ id: aliceOrder.order.id, shipping_address: { address_1: aliceContact.street } })

        const { data: list } = await api.get("/store/orders", alice)
        expect(list.orders.map((order: any) => order.id)).toContain(aliceOrder.order.id)
      })

      it("is not found for another customer or for the publishable key alone", async () => {
        const asBob = await failure(api.get(`/store/orders/${aliceOrder.order.id}`, bob))
        expect(asBob.status).toBe(404)
        expect(asBob.message).toMatch(/Không tìm thấy đơn hàng/)

        const anonymous = await failure(api.get(`/store/orders/${aliceOrder.order.id}`, store))
        expect(anonymous.status).toBe(404)

        const { data: bobsList } = await api.get("/store/orders", bob)
        expect(bobsList.orders).toHaveLength(0)
      })

      it("is refused with a valid token of another order", async () => {
        const refused = await failure(api.get(`/store/orders/${aliceOrder.order.id}`, withToken(guestOrder.completion.order_access_token)))
        expect(refused.status).toBe(404)
      })
    })

    describe("a guest's order", () => {
      it("comes back from checkout with a signed token valid for one hour", async () => {
        const { completion } = guestOrder
        expect(completion.order_access_token).toMatch(/^[\w-]+\.[\w-]+$/)
        const lifetime = Date.parse(completion.order_access_token_expires_at) - Date.now()
        expect(lifetime).toBeGreaterThan(55 * 60 * 1000)
        expect(lifetime).toBeLessThanOrEqual(60 * 60 * 1000)
      })

      it("is shown with its token in x-order-token", async () => {
        const { data } = await api.get(`/store/orders/${guestOrder.order.id}`, withToken(guestOrder.completion.order_access_token))
        expect(data.order).toMatchObject({ id: guestOrder.order.id, shipping_address: { address_1: guestContact.street, phone: guestContact.phone } })
      })

      it("is not found without a token, and a forged or expired token is refused", async () => {
        expect((await failure(api.get(`/store/orders/${guestOrder.order.id}`, store))).status).toBe(404)
        expect((await failure(api.get(`/store/orders/${guestOrder.order.id}`, bob))).status).toBe(404)

        const [payload] = guestOrder.completion.order_access_token.split(".")
        const forgedSignature = await failure(api.get(`/store/orders/${guestOrder.order.id}`, withToken(`${payload}.${"A".repeat(43)}`)))
        expect(forgedSignature.status).toBe(401)

        const otherKey = signOrderAccessToken("not-the-shop-secret", guestOrder.order.id).order_access_token
        expect((await failure(api.get(`/store/orders/${guestOrder.order.id}`, withToken(otherKey)))).status).toBe(401)

        const expired = signOrderAccessToken(jwtSecret, guestOrder.order.id, -60).order_access_token
        const refused = await failure(api.get(`/store/orders/${guestOrder.order.id}`, withToken(expired, english())))
        expect(refused).toMatchObject({ status: 401, message: expect.stringMatching(/invalid or has expired/) })

        // A customer's auth JWT, signed with the same project secret, is no order token.
        const aliceJwt = alice.headers.authorization.replace("Bearer ", "")
        expect((await failure(api.get(`/store/orders/${guestOrder.order.id}`, withToken(aliceJwt)))).status).toBe(401)
      })

      it("cannot be claimed by another customer's transfer request without its token", async () => {
        const refused = await failure(api.post(`/store/orders/${guestOrder.order.id}/transfer/request`, {}, bob))
        expect(refused.status).toBe(404)
        expect(JSON.stringify(refused)).not.toContain(guestContact.street)
      })
    })

    describe("carts by id", () => {
      it("a completed guest cart does not show the address without the order's token", async () => {
        const refused = await failure(api.get(`/store/carts/${guestOrder.cartId}`, store))
        expect(refused.status).toBe(404)
        expect(refused.message).toMatch(/đã được đặt thành đơn hàng/)
        expect(JSON.stringify(refused)).not.toContain(guestContact.street)

        // Completing it again would otherwise answer with the order itself.
        const again = await failure(api.post(`/store/carts/${guestOrder.cartId}/complete`, {}, store))
        expect(again.status).toBe(404)

        const { data } = await api.get(`/store/carts/${guestOrder.cartId}`, withToken(guestOrder.completion.order_access_token))
        expect(data.cart.shipping_address.address_1).toBe(guestContact.street)
      })

      it("a completed customer cart is shown to its owner only", async () => {
        expect((await failure(api.get(`/store/carts/${aliceOrder.cartId}`, bob))).status).toBe(404)
        expect((await failure(api.get(`/store/carts/${aliceOrder.cartId}`, store))).status).toBe(404)
        const { data } = await api.get(`/store/carts/${aliceOrder.cartId}`, alice)
        expect(data.cart.shipping_address.address_1).toBe(aliceContact.street)
      })

      it("an open cart of a customer is refused to another customer; an anonymous cart stays readable by id", async () => {
        const { data: alicesCart } = await api.post("/store/carts", { region_id: regionId }, alice)
        await api.post(`/store/carts/${alicesCart.cart.id}`, { shipping_address: { address_1: "99 Hai Bà Trưng", country_code: "vn" } }, alice)
        const refused = await failure(api.get(`/store/carts/${alicesCart.cart.id}`, bob))
        expect(refused.status).toBe(404)
        expect((await failure(api.post(`/store/carts/${alicesCart.cart.id}`, {}, bob))).status).toBe(404)
        expect((await api.get(`/store/carts/${alicesCart.cart.id}`, alice)).data.cart.id).toBe(alicesCart.cart.id)

        const { data: anonymousCart } = await api.post("/store/carts", { region_id: regionId }, store)
        expect((await api.get(`/store/carts/${anonymousCart.cart.id}`, store)).data.cart.id).toBe(anonymousCart.cart.id)
      })
    })

    describe("POST /store/orders/lookup", () => {
      const lookup = (body: Record<string, unknown>, config: RequestConfig = store) => api.post("/store/orders/lookup", body, config)

      it("finds a guest order by number and e-mail, or by number and phone, with a fresh token", async () => {
        const number = guestOrder.order.display_id
        const { data: byEmail } = await lookup({ order_number: number, email: "  Khach.Vang.Lai@example.vn " })
        expect(byEmail.order).toMatchObject({ id: guestOrder.order.id, display_id: number, shipping_address: { address_1: guestContact.street } })
        expect(byEmail.order.items).toHaveLength(1)

        const { data: byPhone } = await lookup({ order_number: `#${number}`, phone: "+84 912 345 678" })
        expect(byPhone.order.id).toBe(guestOrder.order.id)

        const { data } = await api.get(`/store/orders/${guestOrder.order.id}`, withToken(byPhone.order_access_token))
        expect(data.order.id).toBe(guestOrder.order.id)
      })

      it("answers one uniform 404 whether the number exists or not", async () => {
        const wrongEmail = await failure(lookup({ order_number: guestOrder.order.display_id, email: "someone.else@example.vn" }))
        const unknownNumber = await failure(lookup({ order_number: 987654, email: guestContact.email }))
        expect(wrongEmail).toEqual({ status: 404, message: expect.stringMatching(/^Không tìm thấy đơn hàng khớp/) })
        expect(unknownNumber).toEqual(wrongEmail)

        const inEnglish = await failure(lookup({ order_number: 987654, phone: "0900000000" }, english()))
        expect(inEnglish).toEqual({ status: 404, message: expect.stringMatching(/^No order matches/) })
      })

      it("needs an order number and an e-mail or phone", async () => {
        const missing = await failure(lookup({ order_number: 12 }))
        expect(missing.status).toBe(400)
        expect(missing.message).toMatch(/e-mail hoặc số điện thoại/)
        const notANumber = await failure(lookup({ order_number: "abc", email: guestContact.email }))
        expect(notANumber).toMatchObject({ status: 400, message: expect.stringMatching(/Mã đơn hàng phải là một số/) })
      })

      it("limits look-ups of one order number to 5 per 15 minutes, with Retry-After", async () => {
        // Alice's order number has not been looked up yet: 5 wrong guesses are answered, the 6th is refused.
        const number = aliceOrder.order.display_id
        for (let attempt = 0; attempt < 5; attempt++) {
          expect((await failure(lookup({ order_number: number, email: `guess${attempt}@example.vn` }))).status).toBe(404)
        }
        let refusal: any
        try {
          await lookup({ order_number: number, email: aliceContact.email })
        } catch (error: any) {
          refusal = error.response
        }
        expect(refusal?.status).toBe(429)
        expect(Number(refusal.headers["retry-after"])).toBeGreaterThan(0)
        expect(refusal.data.message).toMatch(/tra cứu đơn hàng quá nhiều lần/)
      })
    })
  },
})
