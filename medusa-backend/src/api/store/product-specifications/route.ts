import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import type { StoreListProductSpecificationsType } from "./validators"

/**
 * GET /store/product-specifications: technical figures of published products, filterable
 * by the numbers a buyer compares (power, impedance, bass extension, warranty).
 */
export async function GET(
  req: MedusaRequest<unknown, StoreListProductSpecificationsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const params = req.validatedQuery

  const filters: Record<string, unknown> = {}
  if (params.product_id) filters.product_id = params.product_id
  if (params.power_rms_w_min !== undefined || params.power_rms_w_max !== undefined) {
    filters.power_rms_w = {
      ...(params.power_rms_w_min !== undefined && { $gte: params.power_rms_w_min }),
      ...(params.power_rms_w_max !== undefined && { $lte: params.power_rms_w_max }),
    }
  }
  if (params.impedance_ohm !== undefined) filters.impedance_ohm = params.impedance_ohm
  if (params.frequency_min_hz_max !== undefined) filters.frequency_min_hz = { $lte: params.frequency_min_hz_max }
  if (params.warranty_months_min !== undefined) filters.warranty_months = { $gte: params.warranty_months_min }

  const { data, metadata } = await query.graph({
    entity: "product_specification",
    fields: ["*", "product.id", "product.handle", "product.title", "product.status"],
    filters,
    pagination: { skip: params.offset, take: params.limit, order: { power_rms_w: "DESC" } },
  })

  const published = data.filter((specification) => specification.product?.status === ProductStatus.PUBLISHED)
  res.json({
    product_specifications: published,
    count: metadata?.count ?? published.length,
    offset: params.offset,
    limit: params.limit,
  })
}
