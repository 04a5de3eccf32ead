"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { requestPasswordReset, type AccountFormState } from "@/lib/actions/customer"
import { Field } from "./field"
import { FormStatus } from "./form-status"
import styles from "./account.module.css"

const idle: AccountFormState = { status: "idle" }

export function ForgotPasswordForm() {
  const t = useTranslations("account")
  const locale = useLocale()
  const [state, action, pending] = useActionState(requestPasswordReset, idle)
  const errorId = "forgot-status"
  const email = state.values?.email ?? ""
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormStatus state={state} id={errorId} success={t("forgot.sent", { email })} />
      <Field
        key={`email-${email}`}
        name="email"
        type="email"
        inputMode="email"
        label={t("fields.email")}
        autoComplete="email"
        required
        defaultValue={email}
        invalid={state.error === "invalidEmail"}
        errorId={errorId}
      />
      <button type="submit" className={styles.primary} disabled={pending} aria-disabled={pending}>
        {pending ? t("forgot.submitting") : t("forgot.submit")}
      </button>
    </form>
  )
}
