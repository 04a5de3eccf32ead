import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import type { StoreListProductSpecificationsType } from "./validators"

/**
 * GET /store/product-specifications: technical figures of the products a buyer can see
 * (published, in a sales channel of the publishable key), filterable by the numbers a buyer
 * compares (power, impedance, bass extension, warranty). Visibility is part of the query,
 * so `count` and every page count only visible products.
 */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreListProductSpecificationsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const params = req.validatedQuery

  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  // The specification lives in its own module, so the product's status and channels are read
  // first and turned into an id filter that the paged query below applies in the database.
  const { data: inChannels } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: {
      sales_channel_id: salesChannelIds,
      ...(params.product_id && { product_id: params.product_id }),
    },
  })
  const { data: visible } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { id: inChannels.map((link) => link.product_id), status: ProductStatus.PUBLISHED },
  })

  const filters: Record<string, unknown> = { product_id: visible.map((product) => product.id) }
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
    // The id breaks ties in power, so no row is skipped or repeated between pages.
    pagination: { skip: params.offset, take: params.limit, order: { power_rms_w: "DESC", id: "ASC" } },
  })

  res.json({
    product_specifications: data,
    count: metadata?.count ?? data.length,
    offset: params.offset,
    limit: params.limit,
  })
}
