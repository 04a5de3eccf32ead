import type { BadgeTone } from "@/lib/util/order-status"
import styles from "./account.module.css"

export function StatusBadge({ tone, children }: { tone: BadgeTone; children: string }) {
  return <span className={`${styles.badge} ${styles[`badge-${tone}`]}`}>{children}</span>
}
