"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react"
import { Link, usePathname } from "@/i18n/navigation"
import { CartCountBadge, useCartCount } from "./cart-count"
import styles from "./cart-drawer.module.css"

/**
 * The header's cart link. Without JavaScript (or with a modifier key) it is a plain link to
 * `/gio-hang`; a plain click opens the drawer, whose content the server rendered as
 * `children` (the lines and total of the cart, refreshed with every cart change).
 */
export function CartButton({ count: serverCount, children }: { count: number; children: ReactNode }) {
  const t = useTranslations()
  const { count } = useCartCount(serverCount)
  const dialog = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const pathname = usePathname()

  useEffect(() => {
    // Following a link inside the drawer closes it.
    dialog.current?.close()
  }, [pathname])

  const openDrawer = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return
    if (pathname === "/gio-hang" || pathname.startsWith("/thanh-toan")) return
    event.preventDefault()
    dialog.current?.showModal()
  }

  return (
    <>
      <Link href="/gio-hang" className="header-action" aria-label={t("header.cartCount", { count })} aria-haspopup="dialog" aria-expanded={open} onClick={openDrawer}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><path d="M3 4h2l2.4 11h11l2-8H6.2" /><circle cx="9" cy="20" r="1.5" /><circle cx="18" cy="20" r="1.5" /></svg>
        <span>{t("header.cart")}</span>
        <CartCountBadge fallback={serverCount} testId="cart-count" />
      </Link>
      <dialog
        ref={dialog}
        className={styles.drawer}
        aria-labelledby="cart-drawer-title"
        onClose={() => setOpen(false)}
        onToggle={(event) => setOpen((event.target as HTMLDialogElement).open)}
        onClick={(event) => {
          // A click on the backdrop (the dialog itself, outside its panel) closes it.
          if (event.target === dialog.current) dialog.current.close()
        }}
      >
        <div className={styles.panel}>
          <div className={styles.head}>
            <h2 id="cart-drawer-title">{t("cart.title")}</h2>
            <button type="button" className={styles.close} onClick={() => dialog.current?.close()} aria-label={t("cart.closeDrawer")}>
              <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><path d="M6 6l12 12M18 6L6 18" /></svg>
            </button>
          </div>
          {children}
        </div>
      </dialog>
    </>
  )
}
