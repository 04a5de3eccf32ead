"use client"

import { useLocale, useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"
import { logout } from "@/lib/actions/customer"
import styles from "./account.module.css"

const LINKS = [
  { href: "/tai-khoan", key: "overview" },
  { href: "/tai-khoan/don-hang", key: "orders" },
  { href: "/tai-khoan/dia-chi", key: "addresses" },
  { href: "/tai-khoan/lich-hen", key: "bookings" },
  { href: "/tai-khoan/ho-tro", key: "support" },
  { href: "/tai-khoan/ho-so", key: "profile" },
] as const

/** The account pages' menu; the current section is marked for screen readers too. */
export function AccountNav() {
  const t = useTranslations("account.nav")
  const locale = useLocale()
  const pathname = usePathname()
  const isCurrent = (href: string) => (href === "/tai-khoan" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`))
  return (
    <nav className={styles.nav} aria-label={t("label")}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={isCurrent(link.href) ? "page" : undefined}>
              {t(link.key)}
            </Link>
          </li>
        ))}
        <li>
          <form action={logout}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className={styles.navButton}>
              {t("logout")}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  )
}
