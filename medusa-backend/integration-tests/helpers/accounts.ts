import type { SeedSummary } from "../../src/seed"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }

export type RequestConfig = { headers: Record<string, string> }

/** Registers a storefront customer through the real auth routes and returns request headers. */
export async function registerCustomer(api: Api, publishableKey: string, email: string, firstName = "Khách"): Promise<RequestConfig & { customerId: string }> {
  const password = "MatKhau@123"
  const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data: created } = await api.post(
    "/store/customers",
    { email, first_name: firstName, last_name: "Thử" },
    { headers: { authorization: `Bearer ${registration.token}`, "x-publishable-api-key": publishableKey } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return {
    customerId: created.customer.id,
    headers: { authorization: `Bearer ${login.token}`, "x-publishable-api-key": publishableKey },
  }
}

export async function loginAdmin(api: Api, seeded: SeedSummary): Promise<RequestConfig> {
  const { data } = await api.post("/auth/user/emailpass", { email: seeded.admin.email, password: seeded.admin.password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** The HTTP status of a request expected to fail, and its error body. */
export async function failure(request: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await request
  } catch (error: any) {
    return { status: error.response?.status, message: error.response?.data?.message ?? "" }
  }
  throw new Error("expected the request to fail, but it succeeded")
}
