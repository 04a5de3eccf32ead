"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { lookupOrder, type OrderLookupState } from "@/lib/actions/orders"
import styles from "./order.module.css"

/** `/don-hang`: a guest finds an order by its code and the e-mail or phone it was placed with. */
export function LookupForm({ defaultOrderNumber = "" }: { defaultOrderNumber?: string }) {
  const t = useTranslations("order.lookup")
  const [state, action, pending] = useActionState<OrderLookupState, FormData>(lookupOrder, null)
  return (
    <form action={action} className={styles.form} noValidate>
      <div className={styles.field}>
        <label htmlFor="lookup-number">{t("orderNumber")}</label>
        <input id="lookup-number" name="orderNumber" inputMode="numeric" autoComplete="off" required defaultValue={state?.values.orderNumber ?? defaultOrderNumber} placeholder="1042" aria-invalid={state?.error === "orderNumber" || undefined} />
      </div>
      <div className={styles.field}>
        <label htmlFor="lookup-contact">{t("contact")}</label>
        <input id="lookup-contact" name="contact" autoComplete="email" required defaultValue={state?.values.contact ?? ""} aria-invalid={state?.error === "contact" || undefined} />
      </div>
      <p role="alert" className={styles.error}>{state ? t(`errors.${state.error}`, { minutes: state.retryAfter ?? 15 }) : null}</p>
      <button type="submit" className="button button--primary" disabled={pending}>{t("submit")}</button>
    </form>
  )
}
