import type { RequestConfig } from "./accounts"

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }>
}

export const SHIPPING_ADDRESS = {
  first_name: "Trần",
  last_name: "Thị Bình",
  address_1: "8 Hàng Bài, Hoàn Kiếm",
  city: "Hà Nội",
  province: "vn-hn",
  postal_code: "100000",
  country_code: "vn",
  phone: "0987 654 321",
}

/** The Vietnamese region and a variant to buy, as the storefront finds them. */
export async function shopBasics(api: Api, store: RequestConfig) {
  const { data: regions } = await api.get("/store/regions", store)
  const regionId: string = regions.regions.find((region: any) => region.name === "Việt Nam").id
  const { data: products } = await api.get(`/store/products?region_id=${regionId}&fields=variants.id&limit=1`, store)
  return { regionId, variantId: products.products[0].variants[0].id as string }
}

/**
 * A guest cart through the store API with everything checkout needs (address, shipping
 * method, a cash-on-delivery payment session): the next step is `POST …/complete`.
 */
export async function readyCart(
  api: Api,
  store: RequestConfig,
  { regionId, variantId }: { regionId: string; variantId: string },
  email = "binh.tran@example.vn"
) {
  const { data: created } = await api.post("/store/carts", { region_id: regionId }, store)
  const cartId: string = created.cart.id
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, store)
  await api.post(
    `/store/carts/${cartId}`,
    { email, shipping_address: SHIPPING_ADDRESS, billing_address: SHIPPING_ADDRESS },
    store
  )
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_offline_cod" }, store)
  return cartId
}
