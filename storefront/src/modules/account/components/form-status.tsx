"use client"

import { useTranslations } from "next-intl"
import type { AccountFormState } from "@/lib/actions/customer"
import styles from "./account.module.css"

/**
 * The form's answer: an error sentence (the backend's own when it has one, e.g. how long a
 * locked login waits) announced as an alert, or a success sentence as a status.
 */
export function FormStatus({ state, id, success }: { state: AccountFormState; id: string; success?: string }) {
  const t = useTranslations("account.errors")
  if (state.status === "error" && state.error) {
    return (
      <p id={id} role="alert" className={styles.error}>
        {state.message || t(state.error)}
      </p>
    )
  }
  if (state.status === "success" && success) {
    return (
      <p id={id} role="status" className={styles.success}>
        {success}
      </p>
    )
  }
  return <p id={id} role="status" className={styles.statusEmpty} />
}
