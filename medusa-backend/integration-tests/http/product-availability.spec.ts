import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedShop, type SeedSummary } from "../../src/seed"
import { products as seededProducts } from "../../src/seed/data"
import { SHOWROOMS } from "../../src/seed/locations"
import { failure, loginAdmin, type RequestConfig } from "../helpers/accounts"

jest.setTimeout(180_000)

type Availability = {
  product_id: string
  locations: { id: string; name: string }[]
  variants: { id: string; in_stock: boolean; locations: { location_id: string; in_stock: boolean }[] }[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let store: RequestConfig
    let admin: RequestConfig

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      admin = await loginAdmin(api, seeded)
    })

    async function productOf(handle: string) {
      const { data } = await api.get(`/store/products?handle=${handle}&fields=id,variants.id,variants.sku`, store)
      return data.products[0] as { id: string; variants: { id: string; sku: string }[] }
    }

    async function availability(productId: string): Promise<Availability> {
      const { data } = await api.get(`/store/product-availability/${productId}`, store)
      return data
    }

    it("says per showroom whether each variant is on the shelf, as seeded", async () => {
      const seed = seededProducts.find((product) => product.handle === "jbl-charge-5")!
      const product = await productOf("jbl-charge-5")
      const result = await availability(product.id)

      expect(result.locations.map((location) => location.name).sort()).toEqual(SHOWROOMS.map((showroom) => showroom.name).sort())
      const locationKey = new Map(
        result.locations.map((location) => [location.id, SHOWROOMS.find((showroom) => showroom.name === location.name)!.key])
      )
      for (const variant of product.variants) {
        const stock = seed.variants.find((candidate) => candidate.sku === variant.sku)!.stock
        const answer = result.variants.find((candidate) => candidate.id === variant.id)!
        const expected = { hcm: stock[0] > 0, hn: stock[1] > 0 }
        expect(Object.fromEntries(answer.locations.map((location) => [locationKey.get(location.location_id), location.in_stock]))).toEqual(expected)
        expect(answer.in_stock).toBe(expected.hcm || expected.hn)
      }
    })

    it("answers booleans only, never quantities", async () => {
      const product = await productOf("jbl-charge-5")
      const body = JSON.stringify(await availability(product.id))
      expect(body).not.toMatch(/quantity/)
    })

    it("counts reserved units as gone: a showroom whose last unit is reserved is out of stock", async () => {
      const product = await productOf("jbl-charge-5")
      const before = await availability(product.id)
      const variant = before.variants.find((candidate) => candidate.locations.some((location) => location.in_stock))!
      const location = variant.locations.find((candidate) => candidate.in_stock)!
      const { data: items } = await api.get(`/admin/inventory-items?sku=${product.variants.find((v) => v.id === variant.id)!.sku}&fields=id,location_levels.*`, admin)
      const item = items.inventory_items[0]
      const level = item.location_levels.find((candidate: any) => candidate.location_id === location.location_id)
      await api.post(`/admin/inventory-items/${item.id}/location-levels/${location.location_id}`, { stocked_quantity: Number(level.reserved_quantity ?? 0) }, admin)

      const after = await availability(product.id)
      const changed = after.variants.find((candidate) => candidate.id === variant.id)!
      expect(changed.locations.find((candidate) => candidate.location_id === location.location_id)!.in_stock).toBe(false)
    })

    it("answers 404 for a draft product, an unknown id, or a key without the product's channel", async () => {
      const product = await productOf("bose-soundlink-flex")
      await api.post(`/admin/products/${product.id}`, { status: "draft" }, admin)
      expect((await failure(api.get(`/store/product-availability/${product.id}`, store))).status).toBe(404)
      expect((await failure(api.get("/store/product-availability/prod_does_not_exist", store))).status).toBe(404)

      const { data: channel } = await api.post("/admin/sales-channels", { name: "Kênh đại lý" }, admin)
      const { data: key } = await api.post("/admin/api-keys", { title: "Đại lý", type: "publishable" }, admin)
      await api.post(`/admin/api-keys/${key.api_key.id}/sales-channels`, { add: [channel.sales_channel.id] }, admin)
      const charge = await productOf("jbl-charge-5")
      const other = { headers: { "x-publishable-api-key": key.api_key.token } }
      expect((await failure(api.get(`/store/product-availability/${charge.id}`, other))).status).toBe(404)
    })

    it("refuses query parameters it does not know", async () => {
      const product = await productOf("jbl-charge-5")
      expect((await failure(api.get(`/store/product-availability/${product.id}?fields=*`, store))).status).toBe(400)
    })
  },
})
