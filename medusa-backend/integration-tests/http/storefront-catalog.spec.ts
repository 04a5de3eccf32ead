import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedShop, type SeedSummary } from "../../src/seed"
import { products as seededProducts } from "../../src/seed/data"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let headers: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      const { data } = await api.get("/store/regions", headers)
      regionId = data.regions.find((region: any) => region.name === "Việt Nam").id
    })

    describe("the seed", () => {
      it("creates the shop a customer expects", () => {
        expect(seeded.created).toMatchObject({
          regions: 1,
          "stock locations": 2,
          "shipping options": 6,
          products: seededProducts.length,
          specifications: seededProducts.length,
          "admin users": 1,
        })
        expect(seededProducts.length).toBeGreaterThanOrEqual(40)
      })

      it("changes nothing when it runs again", async () => {
        const again = await seedShop(getContainer())
        expect(again.created).toEqual({})
        expect(again.publishableKey).toBe(seeded.publishableKey)

        const { data } = await api.get("/store/products?limit=1", headers)
        expect(data.count).toBe(seededProducts.length)
      })

      it("creates an admin who can log in to Medusa Admin", async () => {
        const { data } = await api.post("/auth/user/emailpass", {
          email: seeded.admin.email,
          password: seeded.admin.password,
        })
        expect(data.token).toEqual(expect.any(String))
      })
    })

    describe("GET /store/products with the publishable key", () => {
      it("lists the seeded products with VND prices calculated for region Việt Nam", async () => {
        const { data } = await api.get(
          `/store/products?region_id=${regionId}&handle=jbl-pasion-10&fields=*variants.calculated_price`,
          headers
        )
        expect(data.products).toHaveLength(1)
        const [product] = data.products
        expect(product.title).toBe("Loa karaoke JBL Pasion 10 (đôi)")
        const black = product.variants.find((variant: any) => variant.sku === "JBL-PASION10-BK")
        expect(black.calculated_price).toMatchObject({
          currency_code: "vnd",
          calculated_amount: 22_900_000,
          is_calculated_price_tax_inclusive: true,
        })
      })

      it("filters by category, including only products of that category", async () => {
        const { data: categories } = await api.get("/store/product-categories?handle=loa-sub", headers)
        const [subwoofers] = categories.product_categories
        const { data } = await api.get(`/store/products?category_id=${subwoofers.id}&limit=100`, headers)

        const expected = seededProducts.filter((product) => product.categories.includes("loa-sub")).map((p) => p.handle)
        expect(data.products.map((product: any) => product.handle).sort()).toEqual(expected.sort())
      })

      it("answers a request without a publishable key with a clear 400", async () => {
        const error = await api.get("/store/products").catch((e: any) => e)
        expect(error.response.status).toBe(400)
        expect(error.response.data.message).toMatch(/publishable/i)
      })

      it("answers a wrong publishable key with a clear 400", async () => {
        const error = await api
          .get("/store/products", { headers: { "x-publishable-api-key": "pk_does_not_exist" } })
          .catch((e: any) => e)
        expect(error.response.status).toBe(400)
        expect(error.response.data.message).toMatch(/publishable/i)
      })
    })

    describe("GET /store/product-specifications", () => {
      it("finds 8 Ω karaoke speakers of at least 300 W", async () => {
        const { data } = await api.get(
          "/store/product-specifications?impedance_ohm=8&power_rms_w_min=300&limit=100",
          headers
        )
        const expected = seededProducts
          .filter((p) => p.specification.impedance_ohm === 8 && (p.specification.power_rms_w ?? 0) >= 300)
          .map((p) => p.handle)
        expect(data.product_specifications.map((s: any) => s.product.handle).sort()).toEqual(expected.sort())
        expect(data.product_specifications[0].power_rms_w).toBeGreaterThanOrEqual(data.product_specifications[1].power_rms_w)
      })

      it("rejects a filter that is not a number with a 400 that names it", async () => {
        const error = await api.get("/store/product-specifications?power_rms_w_min=lots", headers).catch((e: any) => e)
        expect(error.response.status).toBe(400)
        expect(error.response.data.message).toMatch(/power_rms_w_min/)
      })
    })
  },
})
