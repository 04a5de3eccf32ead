import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedShop, type SeedSummary } from "../../src/seed"
import { loginAdmin, type RequestConfig } from "../helpers/accounts"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let store: RequestConfig
    let admin: RequestConfig
    let regionId: string
    let variantId: string

    /** A guest checkout through the store API, paid with the given offline provider. */
    async function checkout(providerId: string) {
      const { data: created } = await api.post("/store/carts", { region_id: regionId }, store)
      const cartId = created.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, store)
      const address = {
        first_name: "Trần",
        last_name: "Thị Bình",
        address_1: "8 Hàng Bài, Hoàn Kiếm",
        city: "Hà Nội",
        province: "vn-hn",
        postal_code: "100000",
        country_code: "vn",
        phone: "0987 654 321",
      }
      await api.post(`/store/carts/${cartId}`, { email: "binh.tran@example.vn", shipping_address: address, billing_address: address }, store)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      const { data: session } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: providerId },
        store
      )
      const { data: completion } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(completion.type).toBe("order")
      return { session: session.payment_collection.payment_sessions[0], orderId: completion.order.id as string }
    }

    const adminPaymentOf = async (orderId: string) => {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=id,*payment_collections.payments`, admin)
      return data.order.payment_collections[0].payments[0]
    }

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      admin = await loginAdmin(api, seeded)
      const { data: regions } = await api.get("/store/regions", store)
      regionId = regions.regions.find((region: any) => region.name === "Việt Nam").id
      const { data: products } = await api.get(`/store/products?region_id=${regionId}&fields=variants.id&limit=1`, store)
      variantId = products.products[0].variants[0].id
    })

    it("names cash on delivery in the payment the admin order page reads", async () => {
      const { session, orderId } = await checkout("pp_offline_cod")
      expect(session.data.display_name).toEqual({ vi: "Thanh toán khi nhận hàng", en: "Cash on delivery" })

      const payment = await adminPaymentOf(orderId)
      expect(payment.provider_id).toBe("pp_offline_cod")
      expect(payment.data).toMatchObject({ method: "cash-on-delivery", display_name: { vi: "Thanh toán khi nhận hàng" } })
    })

    it("names a bank transfer and keeps the account and the reference the customer writes", async () => {
      const { session, orderId } = await checkout("pp_offline_bank-transfer")
      expect(session.data.display_name).toEqual({ vi: "Chuyển khoản ngân hàng", en: "Bank transfer" })

      const payment = await adminPaymentOf(orderId)
      expect(payment.data).toMatchObject({
        method: "bank-transfer",
        display_name: { vi: "Chuyển khoản ngân hàng" },
        transfer_reference: expect.stringMatching(/^ATL[0-9A-F]{10}$/),
        bank_account: { bank_name: expect.any(String), account_number: expect.any(String), account_holder: expect.any(String) },
      })
    })
  },
})
