"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { register, type AccountFormState } from "@/lib/actions/customer"
import { Field } from "./field"
import { FormStatus } from "./form-status"
import styles from "./account.module.css"

const idle: AccountFormState = { status: "idle" }

export function RegisterForm({ next }: { next?: string }) {
  const t = useTranslations("account")
  const locale = useLocale()
  const [state, action, pending] = useActionState(register, idle)
  const errorId = "register-status"
  const values = state.values ?? {}
  // A new key after each answer puts the typed values back (React resets a form after its action).
  const round = JSON.stringify(values)
  const invalid = (field: string) => state.status === "error" && (state.field === field || (state.error === "registrationRefused" && field === "email"))
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormStatus state={state} id={errorId} />
      <Field
        key={`name-${round}`}
        name="fullName"
        label={t("fields.fullName")}
        hint={t("fields.fullNameHint")}
        autoComplete="name"
        required
        defaultValue={values.fullName}
        invalid={invalid("fullName")}
        errorId={errorId}
      />
      <Field
        key={`email-${round}`}
        name="email"
        type="email"
        inputMode="email"
        label={t("fields.email")}
        autoComplete="email"
        required
        defaultValue={values.email}
        invalid={invalid("email")}
        errorId={errorId}
      />
      <Field
        key={`phone-${round}`}
        name="phone"
        type="tel"
        inputMode="tel"
        label={
          <>
            {t("fields.phone")} <span className={styles.optional}>{t("fields.optional")}</span>
          </>
        }
        hint={t("fields.phoneHint")}
        autoComplete="tel-national"
        defaultValue={values.phone}
        invalid={invalid("phone")}
        errorId={errorId}
      />
      <Field
        name="password"
        type="password"
        label={t("fields.password")}
        hint={t("fields.passwordHint")}
        autoComplete="new-password"
        minLength={8}
        required
        invalid={invalid("password")}
        errorId={errorId}
      />
      <button type="submit" className={styles.primary} disabled={pending} aria-disabled={pending}>
        {pending ? t("register.submitting") : t("register.submit")}
      </button>
    </form>
  )
}
