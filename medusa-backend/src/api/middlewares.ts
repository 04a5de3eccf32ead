import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListProductSpecifications } from "./store/product-specifications/validators"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/product-specifications",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListProductSpecifications, {})],
    },
  ],
})
