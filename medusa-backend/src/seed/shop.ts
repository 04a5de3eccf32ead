import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { countCreated, findAll, type SeedContext } from "./context"

export const SHOP = {
  name: "Audio Tài Lộc",
  salesChannel: "Website Audio Tài Lộc",
  region: "Việt Nam",
  currency: "vnd",
  country: "vn",
  /** Vietnamese VAT on audio equipment; prices on the shelf already include it. */
  vatRate: 10,
  storefrontKeyTitle: "Storefront Audio Tài Lộc",
} as const

export type ShopRefs = { storeId: string; salesChannelId: string; regionId: string }

export async function seedSalesChannelAndRegion(context: SeedContext): Promise<ShopRefs> {
  const [store] = await findAll(context, "store", ["id", "name", "default_sales_channel_id", "default_region_id"])

  let [salesChannel] = await findAll(context, "sales_channel", ["id"], { name: SHOP.salesChannel })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(context.container).run({
      input: { salesChannelsData: [{ name: SHOP.salesChannel, description: "Cửa hàng trực tuyến audiotailoc.vn" }] },
    })
    salesChannel = result[0]
    countCreated(context, "sales channels", 1)
  }

  let [region] = await findAll(context, "region", ["id"], { name: SHOP.region })
  if (!region) {
    const { result } = await createRegionsWorkflow(context.container).run({
      input: {
        regions: [
          {
            name: SHOP.region,
            currency_code: SHOP.currency,
            countries: [SHOP.country],
            automatic_taxes: true,
            is_tax_inclusive: true,
            payment_providers: ["pp_offline_cod", "pp_offline_bank-transfer"],
          },
        ],
      },
    })
    region = result[0]
    countCreated(context, "regions", 1)
  }

  const taxRegions = await findAll(context, "tax_region", ["id"], { country_code: SHOP.country })
  if (!taxRegions.length) {
    await createTaxRegionsWorkflow(context.container).run({
      input: [
        {
          country_code: SHOP.country,
          provider_id: "tp_system",
          default_tax_rate: { rate: SHOP.vatRate, code: "VAT", name: "Thuế GTGT" },
        },
      ],
    })
    countCreated(context, "tax regions", 1)
  }

  if (
    store.name !== SHOP.name ||
    store.default_sales_channel_id !== salesChannel.id ||
    store.default_region_id !== region.id
  ) {
    await updateStoresWorkflow(context.container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: SHOP.name,
          supported_currencies: [{ currency_code: SHOP.currency, is_default: true, is_tax_inclusive: true }],
          default_sales_channel_id: salesChannel.id,
          default_region_id: region.id,
        },
      },
    })
  }

  return { storeId: store.id, salesChannelId: salesChannel.id, regionId: region.id }
}

/** The publishable key the storefront sends with every request, scoped to the web sales channel. */
export async function seedPublishableKey(context: SeedContext, refs: ShopRefs): Promise<string> {
  let [apiKey] = await findAll(context, "api_key", ["id", "token"], {
    title: SHOP.storefrontKeyTitle,
    type: "publishable",
    revoked_at: null,
  })
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(context.container).run({
      input: { api_keys: [{ title: SHOP.storefrontKeyTitle, type: "publishable", created_by: "seed" }] },
    })
    apiKey = result[0]
    countCreated(context, "publishable keys", 1)
    await linkSalesChannelsToApiKeyWorkflow(context.container).run({
      input: { id: apiKey.id, add: [refs.salesChannelId] },
    })
  }
  return apiKey.token
}
