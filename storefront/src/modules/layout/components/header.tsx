import { getLocale, getTranslations } from "next-intl/server"
import { getPathname, Link } from "@/i18n/navigation"
import { listCategoryTree, type CategoryNode } from "@/lib/data/categories"
import { cartItemCount } from "@/lib/data/cart"
import { HOTLINE, telHref } from "@/lib/shop"
import { CartButton } from "@/modules/cart/components/cart-button"
import { CartDrawerContent } from "@/modules/cart/components/cart-drawer-content"
import { LanguageSwitch } from "./language-switch"
import { MegaMenu } from "./mega-menu"
import { MobileMenu } from "./mobile-menu"
import { SearchBox } from "./search-box"

/** Categories for the menus; a Medusa that is down leaves the header usable without them. */
async function categoriesOrNone(): Promise<CategoryNode[]> {
  return listCategoryTree().catch((error) => {
    console.error("storefront: could not load categories for the header", error)
    return []
  })
}

export async function Header() {
  const [t, locale, categories, count] = await Promise.all([
    getTranslations("header"),
    getLocale(),
    categoriesOrNone(),
    cartItemCount().catch(() => 0),
  ])
  return (
    <header className="site-header">
      <div className="site-header__top">
        <p className="site-header__tagline">{(await getTranslations("common"))("tagline")}</p>
        <a className="site-header__hotline" href={telHref(HOTLINE)}>
          {t("hotline")} <strong>{HOTLINE}</strong>
        </a>
        <LanguageSwitch />
      </div>
      <div className="site-header__main">
        <MobileMenu categories={categories} />
        <Link href="/" className="site-header__logo" aria-label={t("home")}>
          Audio <span>Tài Lộc</span>
        </Link>
        <SearchBox action={getPathname({ href: "/tim-kiem", locale })} />
        <nav className="site-header__actions" aria-label={t("account")}>
          <Link href="/tai-khoan" className="header-action">
            <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><circle cx="12" cy="8" r="4" /><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" /></svg>
            <span>{t("account")}</span>
          </Link>
          <CartButton count={count}>
            <CartDrawerContent />
          </CartButton>
        </nav>
      </div>
      <MegaMenu categories={categories} />
    </header>
  )
}
