import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { getAuthHeaders } from "./cookies"

/** The logged-in customer, or null for a guest or an expired token. Never cached: it is one person's data. */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return null
  try {
    const { customer } = await sdk.client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      headers,
      cache: "no-store",
    })
    return customer
  } catch {
    return null
  }
}
