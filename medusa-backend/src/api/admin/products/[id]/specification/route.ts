import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { upsertProductSpecificationWorkflow } from "../../../../../workflows/product-specification/upsert-product-specification"
import type { AdminUpsertProductSpecificationType } from "./validators"

/** The product's specification, null when it has none yet; 404 when there is no such product. */
async function specificationOf(scope: MedusaContainer, productId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { id: productId } })
  if (!products.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm ${productId}.`)
  }
  const { data } = await query.graph({
    entity: "product_specification",
    fields: ["*"],
    filters: { product_id: productId },
  })
  return data[0] ?? null
}

/** GET /admin/products/:id/specification */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ product_specification: await specificationOf(req.scope, req.params.id) })
}

/** POST /admin/products/:id/specification: create on first save, change the given figures after. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpsertProductSpecificationType>, res: MedusaResponse) {
  await upsertProductSpecificationWorkflow(req.scope).run({
    input: { product_id: req.params.id, ...req.validatedBody },
  })
  res.json({ product_specification: await specificationOf(req.scope, req.params.id) })
}
