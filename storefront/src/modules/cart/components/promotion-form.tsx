"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { applyPromotionCode, type PromotionState } from "@/lib/actions/cart"
import styles from "./cart.module.css"

/** The promotion-code box: a form on a server action, so it works before JavaScript loads. */
export function PromotionForm() {
  const t = useTranslations("cart.promotion")
  const [state, action, pending] = useActionState<PromotionState, FormData>(applyPromotionCode, null)
  return (
    <form action={action} className={styles.promotion}>
      <label htmlFor="promotion-code">{t("label")}</label>
      <div className={styles.promotionRow}>
        <input id="promotion-code" name="code" autoComplete="off" autoCapitalize="characters" maxLength={64} required aria-describedby="promotion-status" />
        <button type="submit" className="button" disabled={pending}>{t("apply")}</button>
      </div>
      <p id="promotion-status" role="status" className={state && !state.ok ? styles.error : undefined}>
        {state ? t(state.message) : null}
      </p>
    </form>
  )
}
