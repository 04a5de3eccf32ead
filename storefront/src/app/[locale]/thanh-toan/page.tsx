import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { redirect } from "@/i18n/navigation"
import { retrieveCheckoutCart } from "@/lib/data/checkout"
import { retrieveCustomer } from "@/lib/data/customer"
import { resolveStep } from "@/lib/util/checkout-steps"
import { isShippableAddress } from "@/lib/vietnam/address"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-page"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ step?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "checkout" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [cart, customer, { step: requested }] = await Promise.all([retrieveCheckoutCart(), retrieveCustomer(), searchParams])
  if (!cart || !(cart.items ?? []).length) redirect({ href: "/gio-hang", locale })
  const t = await getTranslations("checkout")
  const progress = {
    email: cart!.email,
    hasContact: Boolean(cart!.shipping_address?.first_name && cart!.shipping_address?.phone),
    hasAddress: isShippableAddress(cart!.shipping_address),
    hasShippingMethod: Boolean(cart!.shipping_methods?.length),
    hasPaymentSession: Boolean(cart!.payment_collection?.payment_sessions?.some((session) => session.status === "pending" || session.status === "authorized")),
  }
  const step = resolveStep(requested, progress)
  const reached = resolveStep("review", progress)
  return (
    <section>
      <h1>{t("title")}</h1>
      <CheckoutTemplate step={step} reached={reached} cart={cart!} customer={customer} locale={locale} />
    </section>
  )
}
