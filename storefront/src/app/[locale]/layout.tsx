import type { Metadata, Viewport } from "next"
import { notFound } from "next/navigation"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { routing } from "@/i18n/routing"
import { cartItemCount } from "@/lib/data/cart"
import { CartCountProvider } from "@/modules/cart/components/cart-count"
import { ChatLauncher } from "@/modules/chat/components/chat-launcher"
import { Footer } from "@/modules/layout/components/footer"
import { Header } from "@/modules/layout/components/header"
import { MobileBar } from "@/modules/layout/components/mobile-bar"
import "../globals.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: "metadata" })
  return {
    title: { default: t("siteName"), template: `%s | ${t("siteName")}` },
    description: t("description"),
  }
}

export const viewport: Viewport = { themeColor: "#1d1d1d", width: "device-width", initialScale: 1 }

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [t, cartCount] = await Promise.all([getTranslations("common"), cartItemCount().catch(() => 0)])
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <CartCountProvider initialCount={cartCount}>
            <a className="skip-link" href="#main-content">{t("skipToContent")}</a>
            <Header />
            <main id="main-content">{children}</main>
            <Footer />
            <MobileBar />
            <ChatLauncher />
          </CartCountProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
