import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedShop, type SeedSummary } from "../../src/seed"
import { products as seededProducts } from "../../src/seed/data"
import { SHOP } from "../../src/seed/shop"
import { failure, loginAdmin, type RequestConfig } from "../helpers/accounts"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedSummary
    let admin: RequestConfig
    let store: RequestConfig
    let salesChannelId: string

    const seededSpeaker = seededProducts.find((product) => product.specification.max_spl_db !== undefined)!
    const productId = async (handle: string) => {
      const { data } = await api.get(`/admin/products?handle=${handle}&fields=id`, admin)
      return data.products[0].id as string
    }
    /** A published product of the web channel that has no specification yet. */
    const newProduct = async (handle: string) => {
      const { data } = await api.post(
        "/admin/products",
        {
          title: `Loa thử ${handle}`,
          handle,
          status: "published",
          options: [{ title: "Phiên bản", values: ["Tiêu chuẩn"] }],
          variants: [{ title: "Tiêu chuẩn", options: { "Phiên bản": "Tiêu chuẩn" }, manage_inventory: false, prices: [{ currency_code: "vnd", amount: 9_000_000 }] }],
          sales_channels: [{ id: salesChannelId }],
        },
        admin
      )
      return data.product.id as string
    }
    const specificationOf = async (id: string) =>
      (await api.get(`/admin/products/${id}/specification`, admin)).data.product_specification

    beforeAll(async () => {
      seeded = await seedShop(getContainer())
      admin = await loginAdmin(api, seeded)
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      const { data } = await api.get(`/admin/sales-channels?name=${encodeURIComponent(SHOP.salesChannel)}`, admin)
      salesChannelId = data.sales_channels[0].id
    })

    describe("GET /admin/products/:id/specification", () => {
      it("returns the seeded figures of a product", async () => {
        const specification = await specificationOf(await productId(seededSpeaker.handle))
        expect(specification).toMatchObject({
          power_rms_w: seededSpeaker.specification.power_rms_w,
          impedance_ohm: seededSpeaker.specification.impedance_ohm,
          max_spl_db: seededSpeaker.specification.max_spl_db,
          warranty_months: seededSpeaker.specification.warranty_months,
          connectivity: seededSpeaker.specification.connectivity,
        })
      })

      it("returns null for a product without a specification", async () => {
        expect(await specificationOf(await newProduct("loa-chua-co-thong-so"))).toBeNull()
      })

      it("answers 404 for a product that does not exist", async () => {
        const error = await failure(api.get("/admin/products/prod_khong_ton_tai/specification", admin))
        expect(error.status).toBe(404)
        expect(error.message).toMatch(/Không tìm thấy sản phẩm/)
      })

      it("answers 401 without an admin session", async () => {
        const { status } = await failure(api.get(`/admin/products/${await productId(seededSpeaker.handle)}/specification`))
        expect(status).toBe(401)
      })
    })

    describe("POST /admin/products/:id/specification", () => {
      it("creates the specification on first save", async () => {
        const id = await newProduct("loa-moi-tao-thong-so")
        const { data } = await api.post(
          `/admin/products/${id}/specification`,
          { power_rms_w: 400, power_peak_w: 1600, impedance_ohm: 8, frequency_min_hz: 45, frequency_max_hz: 20000, weight_kg: 14.5, warranty_months: 18, connectivity: ["Speakon", "Cọc loa"] },
          admin
        )
        expect(data.product_specification).toMatchObject({ product_id: id, power_rms_w: 400, weight_kg: 14.5, warranty_months: 18, connectivity: ["Speakon", "Cọc loa"] })
        expect(await specificationOf(id)).toMatchObject({ power_rms_w: 400, power_peak_w: 1600, frequency_max_hz: 20000 })
      })

      it("refuses a first save without the warranty, creating nothing", async () => {
        const id = await newProduct("loa-thieu-bao-hanh")
        const error = await failure(api.post(`/admin/products/${id}/specification`, { power_rms_w: 300 }, admin))
        expect(error).toEqual({ status: 400, message: expect.stringMatching(/bảo hành/) })
        expect(await specificationOf(id)).toBeNull()
      })

      it("changes power and impedance, keeps the other figures, and the store's filter finds the product", async () => {
        const id = await newProduct("loa-doi-cong-suat")
        await api.post(`/admin/products/${id}/specification`, { power_rms_w: 200, impedance_ohm: 8, weight_kg: 9.5, warranty_months: 12 }, admin)
        const search = async () =>
          (await api.get("/store/product-specifications?impedance_ohm=16&power_rms_w_min=2345&limit=100", store)).data.product_specifications.map(
            (specification: any) => specification.product.handle
          )
        expect(await search()).not.toContain("loa-doi-cong-suat")

        const { data } = await api.post(`/admin/products/${id}/specification`, { power_rms_w: 2345, impedance_ohm: 16 }, admin)

        expect(data.product_specification).toMatchObject({ power_rms_w: 2345, impedance_ohm: 16, weight_kg: 9.5, warranty_months: 12 })
        expect(await search()).toContain("loa-doi-cong-suat")
      })

      it("clears a figure sent as null", async () => {
        const id = await newProduct("loa-xoa-do-nhay")
        await api.post(`/admin/products/${id}/specification`, { sensitivity_db: 91.5, warranty_months: 12 }, admin)
        const { data } = await api.post(`/admin/products/${id}/specification`, { sensitivity_db: null }, admin)
        expect(data.product_specification.sensitivity_db).toBeNull()
      })

      it.each([
        ["a negative power", { power_rms_w: -5 }, /Công suất RMS phải là số nguyên từ 1 đến 100.000 W/],
        ["a fractional power", { power_rms_w: 300.5 }, /Công suất RMS/],
        ["an impedance beyond any speaker", { impedance_ohm: 5000 }, /Trở kháng phải từ 0,5 đến 1.000 Ω/],
        ["a text where a number belongs", { weight_kg: "nặng" }, /Khối lượng phải từ 0,01 đến 1.000 kg/],
        ["a warranty of 20 years", { warranty_months: 240 }, /Bảo hành/],
        ["a frequency range upside down", { frequency_min_hz: 20000, frequency_max_hz: 20 }, /Tần số thấp nhất phải nhỏ hơn tần số cao nhất/],
        ["a peak power below the RMS power", { power_rms_w: 500, power_peak_w: 100 }, /Công suất đỉnh không được nhỏ hơn công suất RMS/],
        ["a connectivity entry too long", { connectivity: ["x".repeat(41)] }, /Kết nối/],
        ["an unknown figure", { colour: "đen" }, /colour/],
      ])("answers 400 for %s and changes nothing", async (_case, body, message) => {
        const id = await productId(seededSpeaker.handle)
        const before = await specificationOf(id)
        const error = await failure(api.post(`/admin/products/${id}/specification`, body, admin))
        expect(error).toEqual({ status: 400, message: expect.stringMatching(message) })
        expect(await specificationOf(id)).toEqual(before)
      })

      it("checks a change against the figures already stored", async () => {
        const id = await productId(seededSpeaker.handle)
        const before = await specificationOf(id)
        // Only the peak is sent: below the stored RMS power, the pair would contradict itself.
        const error = await failure(
          api.post(`/admin/products/${id}/specification`, { power_peak_w: before.power_rms_w - 1 }, admin)
        )
        expect(error).toEqual({ status: 400, message: expect.stringMatching(/Công suất đỉnh không được nhỏ hơn công suất RMS/) })
        expect(await specificationOf(id)).toEqual(before)
      })

      it("answers 404 for a product that does not exist", async () => {
        const error = await failure(api.post("/admin/products/prod_khong_ton_tai/specification", { warranty_months: 12 }, admin))
        expect(error.status).toBe(404)
      })

      it("answers 401 without an admin session, changing nothing", async () => {
        const id = await productId(seededSpeaker.handle)
        const before = await specificationOf(id)
        const { status } = await failure(api.post(`/admin/products/${id}/specification`, { power_rms_w: 1 }))
        expect(status).toBe(401)
        expect(await specificationOf(id)).toEqual(before)
      })
    })
  },
})
