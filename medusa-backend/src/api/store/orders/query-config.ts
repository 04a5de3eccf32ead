import { defaultStoreRetrieveOrderFields } from "@medusajs/medusa/api/store/orders/query-config"

/**
 * The fields GET /store/orders/:id answers with by default, in query.graph's spelling
 * ("*items" there is "items.*" here), so a looked-up order reads like a retrieved one.
 */
export const storeOrderLookupFields = defaultStoreRetrieveOrderFields.map((field) =>
  field.startsWith("*") ? `${field.slice(1)}.*` : field
)
