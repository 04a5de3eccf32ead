import {
  batchLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { countCreated, findAll, type SeedContext } from "./context"
import type { ShopRefs } from "./shop"

type ShowroomSeed = {
  key: "hcm" | "hn"
  name: string
  address: { address_1: string; city: string; province: string; postal_code: string; phone: string }
  /** ISO 3166-2 subdivision the express option delivers to. */
  province_code: string
  expressLabel: string
}

export const SHOWROOMS: ShowroomSeed[] = [
  {
    key: "hcm",
    name: "Showroom TP. Hồ Chí Minh",
    address: { address_1: "268 Đường 3 Tháng 2, Phường 12, Quận 10", city: "TP. Hồ Chí Minh", province: "vn-sg", postal_code: "700000", phone: "028 3862 6868" },
    province_code: "vn-sg",
    expressLabel: "Giao nhanh nội thành TP. Hồ Chí Minh",
  },
  {
    key: "hn",
    name: "Showroom Hà Nội",
    address: { address_1: "86 Phố Huế, Phường Ngô Thì Nhậm, Quận Hai Bà Trưng", city: "Hà Nội", province: "vn-hn", postal_code: "100000", phone: "024 3943 6868" },
    province_code: "vn-hn",
    expressLabel: "Giao nhanh nội thành Hà Nội",
  },
]

const SHIPPING_PRICES = { standard: 50_000, express: 90_000, pickup: 0 }

export type StockLocationRefs = Record<ShowroomSeed["key"], string>

async function defaultShippingProfileId(context: SeedContext): Promise<string> {
  const [profile] = await findAll(context, "shipping_profile", ["id"], { type: "default" })
  if (profile) return profile.id
  const { result } = await createShippingProfilesWorkflow(context.container).run({
    input: { data: [{ name: "Hàng hoá tiêu chuẩn", type: "default" }] },
  })
  countCreated(context, "shipping profiles", 1)
  return result[0].id
}

async function ensureFulfillmentSet(context: SeedContext, locationId: string, name: string, type: "shipping" | "pickup") {
  const find = async () => {
    const [location] = await findAll(context, "stock_location", ["fulfillment_sets.*", "fulfillment_sets.service_zones.*"], { id: locationId })
    return location.fulfillment_sets?.find((set: any) => set.type === type)
  }
  const existing = await find()
  if (existing) return existing
  await createLocationFulfillmentSetWorkflow(context.container).run({
    input: { location_id: locationId, fulfillment_set_data: { name, type } },
  })
  countCreated(context, "fulfillment sets", 1)
  return find()
}

async function ensureServiceZone(context: SeedContext, fulfillmentSet: any, name: string, geo_zones: any[]) {
  const zone = fulfillmentSet.service_zones?.find((candidate: any) => candidate.name === name)
  if (zone) return zone
  const { result } = await createServiceZonesWorkflow(context.container).run({
    input: { data: [{ fulfillment_set_id: fulfillmentSet.id, name, geo_zones }] },
  })
  countCreated(context, "service zones", 1)
  return result[0]
}

async function ensureShippingOption(context: SeedContext, option: any) {
  const existing = await findAll(context, "shipping_option", ["id"], { name: option.name, service_zone_id: option.service_zone_id })
  if (existing.length) return
  await createShippingOptionsWorkflow(context.container).run({ input: [option] })
  countCreated(context, "shipping options", 1)
}

/**
 * Two showrooms that stock goods, each shipping nationwide, delivering express in its own
 * city, and handing orders over the counter.
 */
export async function seedShowroomsAndShipping(context: SeedContext, refs: ShopRefs): Promise<StockLocationRefs> {
  const shippingProfileId = await defaultShippingProfileId(context)
  const locationIds = {} as StockLocationRefs

  for (const showroom of SHOWROOMS) {
    let [location] = await findAll(context, "stock_location", ["id", "sales_channels.id", "fulfillment_providers.id"], { name: showroom.name })
    if (!location) {
      const { result } = await createStockLocationsWorkflow(context.container).run({
        input: { locations: [{ name: showroom.name, address: { ...showroom.address, country_code: "vn" } }] },
      })
      location = { ...result[0], sales_channels: [], fulfillment_providers: [] }
      countCreated(context, "stock locations", 1)
    }
    locationIds[showroom.key] = location.id

    if (!location.sales_channels?.some((channel: any) => channel.id === refs.salesChannelId)) {
      await linkSalesChannelsToStockLocationWorkflow(context.container).run({
        input: { id: location.id, add: [refs.salesChannelId] },
      })
    }
    if (!location.fulfillment_providers?.some((provider: any) => provider.id === "manual_manual")) {
      await batchLinksWorkflow(context.container).run({
        input: {
          create: [
            {
              [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
              [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
            },
          ],
        },
      })
    }

    const delivery = await ensureFulfillmentSet(context, location.id, `Giao hàng từ ${showroom.name}`, "shipping")
    const nationwide = await ensureServiceZone(context, delivery, `Toàn quốc (${showroom.key})`, [{ type: "country", country_code: "vn" }])
    const city = await ensureServiceZone(context, delivery, showroom.expressLabel, [
      { type: "province", country_code: "vn", province_code: showroom.province_code },
    ])
    const pickup = await ensureFulfillmentSet(context, location.id, `Nhận tại ${showroom.name}`, "pickup")
    const counter = await ensureServiceZone(context, pickup, `Quầy ${showroom.name}`, [{ type: "country", country_code: "vn" }])

    const option = (name: string, serviceZoneId: string, code: string, label: string, description: string, amount: number) => ({
      name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: serviceZoneId,
      shipping_profile_id: shippingProfileId,
      type: { label, description, code },
      prices: [
        { currency_code: "vnd", amount },
        { region_id: refs.regionId, amount },
      ],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })
    await ensureShippingOption(context, option(`Giao hàng tiêu chuẩn (${showroom.key.toUpperCase()})`, nationwide.id, "standard", "Giao hàng tiêu chuẩn", "Giao toàn quốc trong 2–4 ngày làm việc.", SHIPPING_PRICES.standard))
    await ensureShippingOption(context, option(showroom.expressLabel, city.id, "express", "Giao nhanh nội thành", "Giao trong ngày, trong vòng 4 giờ làm việc.", SHIPPING_PRICES.express))
    await ensureShippingOption(context, option(`Nhận tại ${showroom.name}`, counter.id, "pickup", "Nhận tại showroom", `${showroom.address.address_1}, ${showroom.address.city}. Mở cửa 8:00–21:00.`, SHIPPING_PRICES.pickup))
  }

  const [store] = await findAll(context, "store", ["id", "default_location_id"])
  if (!store.default_location_id) {
    await updateStoresWorkflow(context.container).run({
      input: { selector: { id: store.id }, update: { default_location_id: locationIds.hcm } },
    })
  }
  return locationIds
}
