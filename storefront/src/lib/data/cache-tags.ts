/**
 * The storefront's cache tags, one place for readers (fetch `next.tags`), server actions
 * (`updateTag`) and `/api/revalidate` (signed requests from Medusa and Payload).
 * Shared tags name catalog data every visitor sees; a cart's tag carries its own id, so one
 * visitor's change never empties another's cache.
 */
export const cacheTags = {
  regions: "regions",
  products: "products",
  product: (handle: string) => `product-${handle}`,
  categories: "categories",
  collections: "collections",
  bookingServices: "booking-services",
  cart: (cartId: string) => `cart-${cartId}`,
  customer: (customerId: string) => `customer-${customerId}`,
} as const

const HANDLE = "[a-z0-9][a-z0-9_.-]*"

/**
 * Tags another service may ask to revalidate: Medusa's catalog tags (above) and Payload's
 * (`posts`, `posts:<slug>`, `projects`, `projects:<slug>`, `pages`, `pages:<slug>`).
 * Carts and customers are per visitor and change only through this storefront's actions.
 */
const REMOTE_TAG = new RegExp(
  `^(?:regions|products|categories|collections|booking-services|(?:product|category|collection)-${HANDLE}|(?:posts|projects|pages)(?::${HANDLE})?)$`,
  "i"
)

export const isRemoteTag = (tag: string) => REMOTE_TAG.test(tag)
