import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { clearCompareAction } from "@/lib/actions/compare"
import { compareHref, MAX_COMPARE } from "@/lib/util/compare"
import styles from "./catalog.module.css"

/** The compare list's count and the way to the comparison, shown once a product is in it. */
export function CompareBar({ handles }: { handles: string[] }) {
  const t = useTranslations("catalog.compare")
  if (!handles.length) return null
  return (
    <aside className={styles.compareBar} aria-label={t("barLabel")} data-testid="compare-bar">
      <p>{t("count", { count: handles.length, max: MAX_COMPARE })}</p>
      {handles.length >= 2 ? (
        <Link href={compareHref(handles)} className="button button--primary">{t("open")}</Link>
      ) : (
        <p className={styles.muted}>{t("pickMore")}</p>
      )}
      <form action={clearCompareAction}>
        <button type="submit" className={styles.linkButton}>{t("clear")}</button>
      </form>
    </aside>
  )
}
