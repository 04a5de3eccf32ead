import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { requireCustomer } from "@/lib/data/customer"
import { joinVietnameseName } from "@/lib/util/vietnamese-name"
import styles from "@/modules/account/components/account.module.css"
import { PasswordChangeForm } from "@/modules/account/components/password-change-form"
import { ProfileForm } from "@/modules/account/components/profile-form"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account.profile" })
  return { title: t("title") }
}

export default async function ProfilePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, "/tai-khoan/ho-so")
  const t = await getTranslations("account.profile")
  return (
    <>
      <h1>{t("title")}</h1>
      <section className={`${styles.section} ${styles.panel}`}>
        <ProfileForm fullName={joinVietnameseName(customer)} phone={customer.phone ?? ""} email={customer.email} />
      </section>
      <section className={`${styles.section} ${styles.panel}`} aria-labelledby="change-password">
        <h2 id="change-password">{t("passwordTitle")}</h2>
        <p className={styles.intro}>{t("passwordIntro", { email: customer.email })}</p>
        <PasswordChangeForm />
      </section>
    </>
  )
}
