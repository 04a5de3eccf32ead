import Medusa from "@medusajs/js-sdk"

/** Medusa Admin's own session: requests from our widgets are authenticated like the dashboard's. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})
