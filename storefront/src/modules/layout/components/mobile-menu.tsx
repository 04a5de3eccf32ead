"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef } from "react"
import { Link, usePathname } from "@/i18n/navigation"
import type { CategoryNode } from "@/lib/data/categories"
import { LanguageSwitch } from "./language-switch"

/**
 * The phone menu: a button that opens the category tree in a drawer. A modal `<dialog>`
 * gives focus trapping, Escape to close and an inert page behind it for free.
 */
export function MobileMenu({ categories }: { categories: CategoryNode[] }) {
  const t = useTranslations("header")
  const dialog = useRef<HTMLDialogElement>(null)
  const pathname = usePathname()

  // Following a link inside the drawer closes it.
  useEffect(() => {
    dialog.current?.close()
  }, [pathname])

  return (
    <>
      <button type="button" className="menu-button" aria-haspopup="dialog" aria-controls="mobile-menu" onClick={() => dialog.current?.showModal()}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path d="M3 6h18M3 12h18M3 18h18" /></svg>
        <span className="visually-hidden">{t("openMenu")}</span>
      </button>
      <dialog
        id="mobile-menu"
        ref={dialog}
        className="drawer"
        aria-label={t("menu")}
        onClick={(event) => {
          // A click on the backdrop (the dialog element itself, outside the panel) closes it.
          if (event.target === event.currentTarget) event.currentTarget.close()
        }}
      >
        <div className="drawer__panel">
          <div className="drawer__head">
            <strong>{t("menu")}</strong>
            <LanguageSwitch />
            <button type="button" className="drawer__close" onClick={() => dialog.current?.close()}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{t("closeMenu")}</span>
            </button>
          </div>
          <nav aria-label={t("categories")}>
            <ul className="drawer__list">
              {categories.map((category) => (
                <li key={category.id}>
                  <Link href={`/danh-muc/${category.handle}`} className="drawer__top">{category.name}</Link>
                  {category.category_children.length > 0 && (
                    <ul>
                      {category.category_children.map((child) => (
                        <li key={child.id}>
                          <Link href={`/danh-muc/${category.handle}/${child.handle}`}>{child.name}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
              <li><Link href="/dich-vu" className="drawer__top">{t("services")}</Link></li>
              <li><Link href="/du-an" className="drawer__top">{t("projects")}</Link></li>
              <li><Link href="/blog" className="drawer__top">{t("blog")}</Link></li>
              <li><Link href="/tai-khoan" className="drawer__top">{t("account")}</Link></li>
            </ul>
          </nav>
        </div>
      </dialog>
    </>
  )
}
