"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { requestPasswordChange, type AccountFormState } from "@/lib/actions/customer"
import { FormStatus } from "./form-status"
import styles from "./account.module.css"

const idle: AccountFormState = { status: "idle" }

export function PasswordChangeForm() {
  const t = useTranslations("account.profile")
  const locale = useLocale()
  const [state, action, pending] = useActionState(requestPasswordChange, idle)
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="locale" value={locale} />
      <FormStatus state={state} id="password-change-status" success={t("passwordSent")} />
      <button type="submit" className={styles.secondary} disabled={pending} aria-disabled={pending}>
        {t("passwordSubmit")}
      </button>
    </form>
  )
}
