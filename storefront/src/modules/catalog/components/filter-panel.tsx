"use client"

import { useTranslations } from "next-intl"
import { useId, useState, type ReactNode } from "react"
import styles from "./catalog.module.css"

/**
 * The filters: a disclosure on a phone ("Bộ lọc (2)"), always open beside the results on a
 * wider screen. The filters themselves are server-rendered links passed in as children.
 */
export function FilterPanel({ active, children }: { active: number; children: ReactNode }) {
  const t = useTranslations("catalog.filters")
  const [open, setOpen] = useState(false)
  const id = useId()
  return (
    <div className={styles.filterPanel}>
      <button type="button" className={styles.filterToggle} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t("toggle", { count: active })}
      </button>
      <div id={id} className={styles.filterBody} data-open={open}>
        {children}
      </div>
    </div>
  )
}
