import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, createSalesChannelsWorkflow, deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedShop, type SeedSummary } from "../../src/seed"
import { categories as seededCategories, products as seededProducts, type CategorySeed } from "../../src/seed/data"
import { SHOWROOMS } from "../../src/seed/locations"
import { SHOP } from "../../src/seed/shop"
import { createProductSpecificationsWorkflow } from "../../src/workflows/product-specification/create-product-specifications"

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
      // Each check reads the database through Medusa's query and compares it with the seed's
      // data files, so a seed that counts what it meant to create but did not create fails here.
      const graph = async (entity: string, fields: string[], filters: Record<string, unknown> = {}) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity, fields, filters })
        return data as any[]
      }

      it("creates every product, published in the web channel, with its categories, variants and VND prices", async () => {
        expect(seededProducts.length).toBeGreaterThanOrEqual(40)
        const products = await graph("product", [
          "handle",
          "status",
          "sales_channels.name",
          "categories.handle",
          "variants.sku",
          "variants.prices.amount",
          "variants.prices.currency_code",
        ])
        const actual = Object.fromEntries(
          products.map((product) => [
            product.handle,
            {
              status: product.status,
              channels: product.sales_channels.map((channel: any) => channel.name),
              categories: product.categories.map((category: any) => category.handle).sort(),
              variants: Object.fromEntries(
                product.variants.map((variant: any) => [
                  variant.sku,
                  variant.prices.map((price: any) => [price.currency_code, Number(price.amount)]),
                ])
              ),
            },
          ])
        )
        const expected = Object.fromEntries(
          seededProducts.map((product) => [
            product.handle,
            {
              status: ProductStatus.PUBLISHED,
              channels: [SHOP.salesChannel],
              categories: [...product.categories].sort(),
              variants: Object.fromEntries(product.variants.map((variant) => [variant.sku, [["vnd", variant.price]]])),
            },
          ])
        )
        expect(actual).toEqual(expected)
      })

      it("creates the category tree of the seed data", async () => {
        const flatten = (level: CategorySeed[], parent: string | null): [string, string | null][] =>
          level.flatMap((category) => [[category.handle, parent], ...flatten(category.children ?? [], category.handle)])
        const rows = await graph("product_category", ["handle", "parent_category.handle"])
        expect(Object.fromEntries(rows.map((row) => [row.handle, row.parent_category?.handle ?? null]))).toEqual(
          Object.fromEntries(flatten(seededCategories, null))
        )
      })

      it("stocks every variant in both showrooms with the seeded quantities", async () => {
        const locations = await graph("stock_location", ["id", "name"])
        const showroomOf = new Map(
          locations.map((location) => [location.id, SHOWROOMS.find((showroom) => showroom.name === location.name)?.key])
        )
        const items = await graph("inventory_item", ["sku", "location_levels.location_id", "location_levels.stocked_quantity"])
        const actual = Object.fromEntries(
          items.map((item) => [
            item.sku,
            Object.fromEntries(
              item.location_levels.map((level: any) => [showroomOf.get(level.location_id), Number(level.stocked_quantity)])
            ),
          ])
        )
        const expected = Object.fromEntries(
          seededProducts.flatMap((product) => product.variants.map((variant) => [variant.sku, { hcm: variant.stock[0], hn: variant.stock[1] }]))
        )
        expect(actual).toEqual(expected)
      })

      it("creates standard, express and pick-up shipping for each showroom at the advertised prices", async () => {
        const options = await graph("shipping_option", ["name", "prices.amount"])
        const actual = Object.fromEntries(
          options.map((option) => [option.name, [...new Set(option.prices.map((price: any) => Number(price.amount)))]])
        )
        const expected = Object.fromEntries(
          SHOWROOMS.flatMap((showroom) => [
            [`Giao hàng tiêu chuẩn (${showroom.key.toUpperCase()})`, [50_000]],
            [showroom.expressLabel, [90_000]],
            [`Nhận tại ${showroom.name}`, [0]],
          ])
        )
        expect(actual).toEqual(expected)
      })

      it("stores each product's specification in its typed columns", async () => {
        const rows = await graph("product_specification", ["product.handle", "power_rms_w", "impedance_ohm", "warranty_months"])
        const actual = Object.fromEntries(
          rows.map((row) => [row.product.handle, [row.power_rms_w, row.impedance_ohm, row.warranty_months]])
        )
        const expected = Object.fromEntries(
          seededProducts.map(({ handle, specification }) => [
            handle,
            [specification.power_rms_w ?? null, specification.impedance_ohm ?? null, specification.warranty_months],
          ])
        )
        expect(actual).toEqual(expected)
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

      it("counts and pages only the published products of the key's sales channel", async () => {
        const container = getContainer()
        const productModule = container.resolve(Modules.PRODUCT)
        const eightOhm = seededProducts.filter((product) => product.specification.impedance_ohm === 8).map((p) => p.handle)
        expect(eightOhm.length).toBeGreaterThanOrEqual(5)
        const unpublished = eightOhm[1]
        const [{ id: unpublishedId }] = await productModule.listProducts({ handle: unpublished }, { select: ["id"] })

        // A published 8 Ω product sold only through another channel: the storefront's key must not see it.
        const {
          result: [dealerChannel],
        } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Kênh đại lý" }] } })
        const {
          result: [dealerProduct],
        } = await createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title: "Loa đại lý 8 Ω",
                handle: "loa-dai-ly-8-ohm",
                status: ProductStatus.PUBLISHED,
                options: [{ title: "Phiên bản", values: ["Tiêu chuẩn"] }],
                variants: [{ title: "Tiêu chuẩn", options: { "Phiên bản": "Tiêu chuẩn" }, manage_inventory: false, prices: [{ currency_code: "vnd", amount: 5_000_000 }] }],
                sales_channels: [{ id: dealerChannel.id }],
              },
            ],
          },
        })
        await createProductSpecificationsWorkflow(container).run({
          input: { specifications: [{ product_id: dealerProduct.id, impedance_ohm: 8, power_rms_w: 2000, warranty_months: 12 }] },
        })
        await productModule.updateProducts(unpublishedId, { status: ProductStatus.DRAFT })

        try {
          const expected = eightOhm.filter((handle) => handle !== unpublished).sort()
          const pages: { count: number; handles: string[] }[] = []
          for (let offset = 0; offset < expected.length + 2; offset += 2) {
            const { data } = await api.get(`/store/product-specifications?impedance_ohm=8&limit=2&offset=${offset}`, headers)
            pages.push({ count: data.count, handles: data.product_specifications.map((s: any) => s.product.handle) })
          }
          expect(pages.map((page) => page.count)).toEqual(pages.map(() => expected.length))
          expect(pages.map((page) => page.handles.length)).toEqual(
            pages.map((_, index) => Math.max(0, Math.min(2, expected.length - index * 2)))
          )
          expect(pages.flatMap((page) => page.handles).sort()).toEqual(expected)
        } finally {
          await productModule.updateProducts(unpublishedId, { status: ProductStatus.PUBLISHED })
          await deleteProductsWorkflow(container).run({ input: { ids: [dealerProduct.id] } })
        }
      })

      it("rejects a filter that is not a number with a 400 that names it", async () => {
        const error = await api.get("/store/product-specifications?power_rms_w_min=lots", headers).catch((e: any) => e)
        expect(error.response.status).toBe(400)
        expect(error.response.data.message).toMatch(/power_rms_w_min/)
      })
    })
  },
})
