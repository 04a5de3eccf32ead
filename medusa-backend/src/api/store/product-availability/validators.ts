import { z } from "@medusajs/framework/zod"

/** No query parameters: the answer is the same for every caller with the same publishable key. */
export const StoreProductAvailability = z.object({}).strict()

export type StoreProductAvailabilityType = z.infer<typeof StoreProductAvailability>
