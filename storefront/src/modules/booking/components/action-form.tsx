"use client"

import { useTranslations } from "next-intl"
import { useActionState, type ReactNode } from "react"
import { useFormStatus } from "react-dom"
import { Link } from "@/i18n/navigation"
import type { BookingActionState } from "@/lib/actions/booking"
import styles from "./booking.module.css"

function Submit({ label, disabled, testId }: { label: string; disabled?: boolean; testId?: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className="button button--primary" disabled={disabled || pending} aria-disabled={disabled || pending} data-testid={testId}>
      {label}
    </button>
  )
}

/**
 * A booking form whose refusal is shown in place: the backend's own sentence (in the page's
 * language) when it gave one, with a way on (another time after "slot just taken", the login
 * page when it expired).
 */
export function BookingActionForm({
  action,
  children,
  submitLabel,
  disabled,
  loginPath,
  slotHref,
  testId,
}: {
  action: (state: BookingActionState, form: FormData) => Promise<BookingActionState>
  children: ReactNode
  submitLabel: string
  disabled?: boolean
  loginPath: string
  slotHref?: string
  testId?: string
}) {
  const t = useTranslations("booking.errors")
  const [state, formAction] = useActionState(action, { status: "idle" })
  return (
    <form action={formAction} className={styles.form}>
      {children}
      {state.status === "error" ? (
        <div role="alert" className={styles.error} data-testid="booking-error">
          <p style={{ margin: 0 }}>{state.message ?? t(state.code === "login" ? "login" : "failed")}</p>
          {state.code === "login" ? (
            <Link href={{ pathname: "/tai-khoan/dang-nhap", query: { next: loginPath } }}>{t("loginLink")}</Link>
          ) : state.code === "slot_taken" && slotHref ? (
            <Link href={slotHref}>{t("chooseAnother")}</Link>
          ) : null}
        </div>
      ) : null}
      <div className={styles.actions}>
        <Submit label={submitLabel} disabled={disabled} testId={testId} />
      </div>
    </form>
  )
}
