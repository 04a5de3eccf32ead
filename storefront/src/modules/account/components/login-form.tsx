"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { login, type AccountFormState } from "@/lib/actions/customer"
import { Field } from "./field"
import { FormStatus } from "./form-status"
import styles from "./account.module.css"

const idle: AccountFormState = { status: "idle" }

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("account")
  const locale = useLocale()
  const [state, action, pending] = useActionState(login, idle)
  const errorId = "login-status"
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormStatus state={state} id={errorId} />
      <Field
        name="email"
        type="email"
        label={t("fields.email")}
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        key={`email-${state.values?.email ?? ""}`}
        invalid={state.error === "loginFailed" || (state.field === "email" && state.error === "invalidEmail")}
        errorId={errorId}
      />
      <Field
        name="password"
        type="password"
        label={t("fields.password")}
        autoComplete="current-password"
        required
        invalid={state.error === "loginFailed"}
        errorId={errorId}
      />
      <p className={styles.aside}>
        <Link href="/tai-khoan/quen-mat-khau">{t("login.forgot")}</Link>
      </p>
      <button type="submit" className={styles.primary} disabled={pending} aria-disabled={pending}>
        {pending ? t("login.submitting") : t("login.submit")}
      </button>
    </form>
  )
}
