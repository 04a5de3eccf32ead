import { configureStoreSearch, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreSearchSuggest } from "./suggest/validators"

/**
 * Opens the product index on Medusa's `POST /store/search`, which narrows it to published
 * products of the publishable key's sales channels, and adds suggestions as the shopper types.
 */
export const storeSearchRoutes: MiddlewareRoute[] = [
  {
    matcher: "/store/search",
    methods: ["POST"],
    middlewares: [configureStoreSearch({ allowed_indexes: { product: true } })],
  },
  {
    matcher: "/store/search/suggest",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreSearchSuggest, {})],
  },
]
