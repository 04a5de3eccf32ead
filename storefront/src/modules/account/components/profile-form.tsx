"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import { updateProfile, type AccountFormState } from "@/lib/actions/customer"
import { Field } from "./field"
import { FormStatus } from "./form-status"
import styles from "./account.module.css"

export function ProfileForm({ fullName, phone, email }: { fullName: string; phone: string; email: string }) {
  const t = useTranslations("account")
  const locale = useLocale()
  const [state, action, pending] = useActionState(updateProfile, { status: "idle", values: { fullName, phone } } as AccountFormState)
  const values = state.values ?? { fullName, phone }
  const round = JSON.stringify(values)
  const errorId = "profile-status"
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormStatus state={state} id={errorId} success={t("profile.saved")} />
      <Field
        key={`name-${round}`}
        name="fullName"
        label={t("fields.fullName")}
        hint={t("fields.fullNameHint")}
        autoComplete="name"
        required
        defaultValue={values.fullName}
        invalid={state.field === "fullName"}
        errorId={errorId}
      />
      <Field
        key={`phone-${round}`}
        name="phone"
        type="tel"
        inputMode="tel"
        label={t("fields.phone")}
        hint={t("fields.phoneHint")}
        autoComplete="tel-national"
        defaultValue={values.phone}
        invalid={state.field === "phone"}
        errorId={errorId}
      />
      <Field name="email" type="email" label={t("fields.email")} hint={t("profile.emailNote")} value={email} readOnly />
      <button type="submit" className={styles.primary} disabled={pending} aria-disabled={pending}>
        {pending ? t("profile.saving") : t("profile.save")}
      </button>
    </form>
  )
}
