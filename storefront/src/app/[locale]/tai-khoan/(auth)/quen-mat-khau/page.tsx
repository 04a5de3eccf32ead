import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import styles from "@/modules/account/components/account.module.css"
import { ForgotPasswordForm } from "@/modules/account/components/forgot-password-form"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.forgot" })
  return { title: t("title"), robots: { index: false } }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("account.forgot")
  return (
    <div className={styles.authPage}>
      <h1>{t("title")}</h1>
      <p className={styles.intro}>{t("intro")}</p>
      <div className={styles.panel}>
        <ForgotPasswordForm />
      </div>
      <p className={styles.switch}>
        <Link href="/tai-khoan/dang-nhap">{t("backToLogin")}</Link>
      </p>
    </div>
  )
}
