"use client"

import { useTranslations } from "next-intl"
import { useActionState, type ReactNode } from "react"
import { useFormStatus } from "react-dom"
import type { SupportFormState } from "@/lib/actions/support"
import styles from "@/modules/booking/components/booking.module.css"

function Submit({ label }: { label: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className="button button--primary" disabled={pending}>
      {label}
    </button>
  )
}

/** A ticket form that shows its refusal in place (the backend's sentence, or ours). */
export function SupportForm({ action, children, submitLabel }: { action: (state: SupportFormState, form: FormData) => Promise<SupportFormState>; children: ReactNode; submitLabel: string }) {
  const t = useTranslations("support.errors")
  const [state, formAction] = useActionState(action, { status: "idle" })
  return (
    <form action={formAction} className={styles.form}>
      {children}
      {state.status === "error" ? (
        <p role="alert" className={styles.error}>
          {state.message ?? t(state.code ?? "failed")}
        </p>
      ) : null}
      <div className={styles.actions}>
        <Submit label={submitLabel} />
      </div>
    </form>
  )
}
