"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveContact, type CheckoutFormState } from "@/lib/actions/checkout"
import { FieldError, invalid } from "./field-error"
import styles from "./checkout.module.css"

export type ContactDefaults = { email: string; name: string; phone: string }

/** Step 1: e-mail, full name and a Vietnamese phone number (checked again on the server). */
export function ContactForm({ defaults }: { defaults: ContactDefaults }) {
  const t = useTranslations("checkout")
  const [state, action, pending] = useActionState<CheckoutFormState, FormData>(saveContact, null)
  return (
    <form action={action} className={styles.form} noValidate>
      <div className={styles.field}>
        <label htmlFor="checkout-email">{t("contact.email")}</label>
        <input id="checkout-email" name="email" type="email" autoComplete="email" required defaultValue={state?.values?.email ?? defaults.email} aria-invalid={invalid(state, "email")} aria-describedby="checkout-email-error" />
        <FieldError state={state} field="email" id="checkout-email-error" />
      </div>
      <div className={styles.field}>
        <label htmlFor="checkout-name">{t("contact.name")}</label>
        <input id="checkout-name" name="name" autoComplete="name" required defaultValue={state?.values?.name ?? defaults.name} aria-invalid={invalid(state, "name")} aria-describedby="checkout-name-error" />
        <FieldError state={state} field="name" id="checkout-name-error" />
      </div>
      <div className={styles.field}>
        <label htmlFor="checkout-phone">{t("contact.phone")}</label>
        <input id="checkout-phone" name="phone" type="tel" inputMode="tel" autoComplete="tel" required defaultValue={state?.values?.phone ?? defaults.phone} placeholder="0901 234 567" aria-invalid={invalid(state, "phone")} aria-describedby="checkout-phone-hint checkout-phone-error" />
        <p id="checkout-phone-hint" className="muted">{t("contact.phoneHint")}</p>
        <FieldError state={state} field="phone" id="checkout-phone-error" />
      </div>
      <FieldError state={state} field="form" id="checkout-contact-error" />
      <button type="submit" className="button button--primary" disabled={pending}>{t("continue")}</button>
    </form>
  )
}
