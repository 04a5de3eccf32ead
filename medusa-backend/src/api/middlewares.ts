import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { authThrottleMiddlewares } from "./auth/middlewares"
import { shopErrorHandler } from "./error-handler"
import { rejectMalformedInput } from "./request-guard"
import { orderPrivacyRoutes } from "./store/orders/privacy"
import { storeSearchRoutes } from "./store/search/middlewares"
import { adminProductSpecificationRoutes } from "./admin/products/[id]/specification/middlewares"
import { StoreListProductSpecifications } from "./store/product-specifications/validators"
import { StoreProductAvailability } from "./store/product-availability/validators"

export default defineMiddlewares({
  errorHandler: shopErrorHandler,
  routes: [
    // "/" without methods is mounted before every other route, Medusa's and the plugins'.
    { matcher: "/", middlewares: [rejectMalformedInput] },
    ...authThrottleMiddlewares(),
    ...orderPrivacyRoutes,
    ...storeSearchRoutes,
    ...adminProductSpecificationRoutes,
    {
      matcher: "/store/product-specifications",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListProductSpecifications, {})],
    },
    {
      matcher: "/store/product-availability/:id",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreProductAvailability, {})],
    },
  ],
})
