/** The checkout's steps in order, as they appear in `/thanh-toan?step=`. */
export const CHECKOUT_STEPS = ["contact", "address", "shipping", "payment", "review"] as const
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

type CartProgress = {
  email?: string | null
  hasContact: boolean
  hasAddress: boolean
  hasShippingMethod: boolean
  hasPaymentSession: boolean
}

/** The furthest step this cart may open: a step needs every earlier one done. */
export function furthestStep(cart: CartProgress): CheckoutStep {
  if (!cart.email || !cart.hasContact) return "contact"
  if (!cart.hasAddress) return "address"
  if (!cart.hasShippingMethod) return "shipping"
  if (!cart.hasPaymentSession) return "payment"
  return "review"
}

/**
 * The step to show for `?step=`: the one asked for if the cart has reached it, else the
 * furthest one it may open (an unknown or missing value opens the furthest too).
 */
export function resolveStep(requested: string | string[] | undefined, cart: CartProgress): CheckoutStep {
  const furthest = furthestStep(cart)
  const asked = CHECKOUT_STEPS.find((step) => step === requested)
  if (!asked) return furthest
  return CHECKOUT_STEPS.indexOf(asked) <= CHECKOUT_STEPS.indexOf(furthest) ? asked : furthest
}

/** Shipping option type codes, as seeded (medusa-backend/src/seed/locations.ts). */
export type ShippingKind = "standard" | "express" | "pickup"

type OptionLike = { id: string; name: string; amount?: number | null; type?: { code?: string | null } | null }

/**
 * The options a customer chooses between: both showrooms offer standard delivery nationwide,
 * so only one standard option shows (the Hà Nội showroom's for the north, TP. Hồ Chí Minh's
 * otherwise); express and each showroom's pick-up show as Medusa returns them.
 */
export function optionsToOffer<T extends OptionLike>(options: T[], northern: boolean): T[] {
  const standard = options.filter((option) => option.type?.code === "standard")
  const preferred = standard.find((option) => (northern ? /\(HN\)/.test(option.name) : /\(HCM\)/.test(option.name))) ?? standard[0]
  const kindOrder = (option: T) => ["standard", "express", "pickup"].indexOf(option.type?.code ?? "") 
  return options
    .filter((option) => option.type?.code !== "standard" || option === preferred)
    .sort((a, b) => kindOrder(a) - kindOrder(b))
}
