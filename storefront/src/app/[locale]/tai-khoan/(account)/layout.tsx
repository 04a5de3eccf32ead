import type { Metadata } from "next"
import type { ReactNode } from "react"
import { AccountNav } from "@/modules/account/components/account-nav"
import styles from "@/modules/account/components/account.module.css"

/** Signed-in pages are one person's: never indexed. Each page checks the login itself (it knows its own return path). */
export const metadata: Metadata = { robots: { index: false, follow: false } }

export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <div className={styles.layout}>
      <AccountNav />
      <div className={styles.content}>{children}</div>
    </div>
  )
}
