import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link, redirect } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { retrieveCustomer } from "@/lib/data/customer"
import { safeReturnPath } from "@/lib/util/return-path"
import styles from "@/modules/account/components/account.module.css"
import { LoginForm } from "@/modules/account/components/login-form"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string | string[]; reset?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.login" })
  return { title: t("title"), robots: { index: false } }
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const rawNext = Array.isArray(query.next) ? query.next[0] : query.next
  // A refused ?next= (another site) is dropped, not shown as "log in to continue".
  const next = rawNext ? safeReturnPath(rawNext, "") || undefined : undefined
  if (await retrieveCustomer()) redirect({ href: next ?? "/tai-khoan", locale })
  const t = await getTranslations("account")
  return (
    <div className={styles.authPage}>
      <h1>{t("login.title")}</h1>
      <p className={styles.intro}>{t("login.intro")}</p>
      {query.reset ? (
        <p role="status" className={styles.success}>
          {t("login.afterReset")}
        </p>
      ) : next ? (
        <p className={styles.intro}>{t("login.returnNotice")}</p>
      ) : null}
      <div className={styles.panel}>
        <LoginForm next={next} />
      </div>
      <p className={styles.switch}>
        {t("login.noAccount")}{" "}
        <Link href={next ? { pathname: "/tai-khoan/dang-ky", query: { next } } : "/tai-khoan/dang-ky"}>{t("login.registerLink")}</Link>
      </p>
    </div>
  )
}
