"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { resetPassword, type AccountFormState } from "@/lib/actions/customer"
import { Field } from "./field"
import { FormStatus } from "./form-status"
import styles from "./account.module.css"

const idle: AccountFormState = { status: "idle" }

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("account")
  const locale = useLocale()
  const [state, action, pending] = useActionState(resetPassword, idle)
  const errorId = "reset-status"
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      {/* For password managers: the account whose password changes. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormStatus state={state} id={errorId} />
      {state.error === "resetLinkInvalid" ? (
        <p className={styles.aside}>
          <Link href="/tai-khoan/quen-mat-khau">{t("reset.requestNew")}</Link>
        </p>
      ) : null}
      <Field
        name="password"
        type="password"
        label={t("fields.newPassword")}
        hint={t("fields.passwordHint")}
        autoComplete="new-password"
        minLength={8}
        required
        invalid={state.field === "password"}
        errorId={errorId}
      />
      <Field
        name="confirmPassword"
        type="password"
        label={t("fields.confirmPassword")}
        autoComplete="new-password"
        minLength={8}
        required
        invalid={state.field === "confirmPassword"}
        errorId={errorId}
      />
      <button type="submit" className={styles.primary} disabled={pending} aria-disabled={pending}>
        {pending ? t("reset.submitting") : t("reset.submit")}
      </button>
    </form>
  )
}
