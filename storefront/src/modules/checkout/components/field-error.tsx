"use client"

import { useTranslations } from "next-intl"
import type { CheckoutError, CheckoutFormState } from "@/lib/actions/checkout"
import styles from "./checkout.module.css"

/** The message under a field (`id` is what the input's aria-describedby names). */
export function FieldError({ state, field, id }: { state: CheckoutFormState; field: string; id: string }) {
  const t = useTranslations("checkout.errors")
  const error: CheckoutError | undefined = state?.errors[field]
  return (
    <p id={id} className={styles.fieldError} role={field === "form" ? "alert" : undefined}>
      {error ? t(error) : null}
    </p>
  )
}

export const invalid = (state: CheckoutFormState, field: string) => (state?.errors[field] ? true : undefined)
