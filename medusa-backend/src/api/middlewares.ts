import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { shopErrorHandler } from "./error-handler"
import { StoreListProductSpecifications } from "./store/product-specifications/validators"

export default defineMiddlewares({
  errorHandler: shopErrorHandler,
  routes: [
    {
      matcher: "/store/product-specifications",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListProductSpecifications, {})],
    },
  ],
})
