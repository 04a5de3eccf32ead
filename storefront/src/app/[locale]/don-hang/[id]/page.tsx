import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { retrieveOrder } from "@/lib/data/orders"
import { LookupForm } from "@/modules/order/components/lookup-form"
import { OrderPageTemplate } from "@/modules/order/templates/order-page"

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "order" })
  return { title: t("title"), robots: { index: false } }
}

/**
 * The order, for its customer or the guest holding its access token (cookie set at checkout
 * or lookup); anyone else gets the lookup form.
 */
export default async function OrderPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const order = await retrieveOrder(id)
  if (order) return <OrderPageTemplate order={order} locale={locale} />
  const t = await getTranslations("order.lookup")
  return (
    <section>
      <h1>{t("title")}</h1>
      <p>{t("noAccess")}</p>
      <LookupForm />
    </section>
  )
}
