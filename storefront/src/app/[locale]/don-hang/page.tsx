import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { LookupForm } from "@/modules/order/components/lookup-form"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "order.lookup" })
  return { title: t("title"), robots: { index: false } }
}

/** `/don-hang`: guest order lookup by order code and the e-mail or phone used at checkout. */
export default async function OrderLookupPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("order.lookup")
  return (
    <section>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <LookupForm />
    </section>
  )
}
