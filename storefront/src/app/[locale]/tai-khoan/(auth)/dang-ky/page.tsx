import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link, redirect } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { retrieveCustomer } from "@/lib/data/customer"
import { safeReturnPath } from "@/lib/util/return-path"
import styles from "@/modules/account/components/account.module.css"
import { RegisterForm } from "@/modules/account/components/register-form"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.register" })
  return { title: t("title"), robots: { index: false } }
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const rawNext = (await searchParams).next
  const next = rawNext ? safeReturnPath(Array.isArray(rawNext) ? rawNext[0] : rawNext, "") || undefined : undefined
  if (await retrieveCustomer()) redirect({ href: next ?? "/tai-khoan", locale })
  const t = await getTranslations("account")
  return (
    <div className={styles.authPage}>
      <h1>{t("register.title")}</h1>
      <p className={styles.intro}>{t("register.intro")}</p>
      <div className={styles.panel}>
        <RegisterForm next={next} />
      </div>
      <p className={styles.switch}>
        {t("register.haveAccount")}{" "}
        <Link href={next ? { pathname: "/tai-khoan/dang-nhap", query: { next } } : "/tai-khoan/dang-nhap"}>{t("register.loginLink")}</Link>
      </p>
    </div>
  )
}
