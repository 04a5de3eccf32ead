import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import styles from "@/modules/account/components/account.module.css"
import { ResetPasswordForm } from "@/modules/account/components/reset-password-form"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[]; email?: string | string[] }> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ""

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.reset" })
  // The address carries a token: no index, and no referrer to other sites.
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" }
}

/** The page the e-mailed link opens: `?token=…&email=…` from the backend's password-reset subscriber. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const token = first(query.token)
  const email = first(query.email)
  const t = await getTranslations("account.reset")
  return (
    <div className={styles.authPage}>
      <h1>{t("title")}</h1>
      {token && email ? (
        <>
          <p className={styles.intro}>{t("intro", { email })}</p>
          <div className={styles.panel}>
            <ResetPasswordForm token={token} email={email} />
          </div>
        </>
      ) : (
        <>
          <p role="alert" className={styles.error}>
            {t("missingToken")}
          </p>
          <p className={styles.switch}>
            <Link href="/tai-khoan/quen-mat-khau">{t("requestNew")}</Link>
          </p>
        </>
      )}
    </div>
  )
}
