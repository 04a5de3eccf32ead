import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminUpsertProductSpecification } from "./validators"

export const adminProductSpecificationRoutes: MiddlewareRoute[] = [
  {
    matcher: "/admin/products/:id/specification",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpsertProductSpecification)],
  },
]
