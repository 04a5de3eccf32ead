import { z } from "@medusajs/framework/zod"

export const StoreSearchSuggest = z.object({
  // An empty box suggests nothing rather than failing: it is where every search starts.
  q: z.string().trim().max(100).default(""),
  limit: z.coerce.number().int().min(1).max(10).default(5),
})

export type StoreSearchSuggestType = z.infer<typeof StoreSearchSuggest>
