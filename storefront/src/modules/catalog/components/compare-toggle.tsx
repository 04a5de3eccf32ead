import { useTranslations } from "next-intl"
import { toggleCompareAction } from "@/lib/actions/compare"
import styles from "./catalog.module.css"

/**
 * "So sánh" as a form to a server action, so it works without JavaScript. Pressed when the
 * product is in the compare list; disabled (with the reason) when three are already there.
 */
export function CompareToggle({ handle, title, selected, full }: { handle: string; title: string; selected: boolean; full: boolean }) {
  const t = useTranslations("catalog.compare")
  return (
    <form action={toggleCompareAction} className={styles.compareToggle}>
      <input type="hidden" name="handle" value={handle} />
      <button
        type="submit"
        className={styles.compareButton}
        aria-pressed={selected}
        disabled={full && !selected}
        aria-label={selected ? t("removeNamed", { product: title }) : t("addNamed", { product: title })}
        title={full && !selected ? t("full") : undefined}
        data-testid="compare-toggle"
      >
        <span aria-hidden="true">{selected ? "✓" : "+"}</span> {t("toggle")}
      </button>
    </form>
  )
}
