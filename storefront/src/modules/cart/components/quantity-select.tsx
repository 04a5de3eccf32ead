"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"

/**
 * The line's quantity: a select that saves on change once JavaScript runs, and a plain
 * "Cập nhật" button before that (the form posts to the server action either way).
 */
export function QuantitySelect({ quantity, label }: { quantity: number; label: string }) {
  const t = useTranslations("cart")
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  const choices = Array.from({ length: Math.max(10, quantity) }, (_, index) => index + 1)
  return (
    <>
      <select
        name="quantity"
        defaultValue={quantity}
        aria-label={label}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>{choice}</option>
        ))}
      </select>
      {!hydrated && <button type="submit" className="button">{t("update")}</button>}
    </>
  )
}
