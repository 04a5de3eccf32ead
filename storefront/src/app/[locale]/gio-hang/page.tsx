import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { retrieveCart } from "@/lib/data/cart"
import { listShippingOptions } from "@/lib/data/checkout"
import { CartPageTemplate, type ShippingEstimate } from "@/modules/cart/templates/cart-page"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "cart" })
  return { title: t("title"), robots: { index: false } }
}

/** The cheapest standard delivery and whether pick-up is offered, before any address is known. */
async function estimateShipping(cartId: string): Promise<ShippingEstimate> {
  const options = await listShippingOptions(cartId).catch(() => [])
  const cheapest = (code: string) => {
    const amounts = options.filter((option) => option.type?.code === code).map((option) => option.amount ?? 0)
    return amounts.length ? Math.min(...amounts) : undefined
  }
  return { standard: cheapest("standard"), pickup: cheapest("pickup") }
}

export default async function CartPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const cart = await retrieveCart()
  const estimate = cart?.items?.length ? await estimateShipping(cart.id) : {}
  return <CartPageTemplate cart={cart} estimate={estimate} />
}
