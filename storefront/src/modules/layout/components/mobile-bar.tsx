import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { cartItemCount } from "@/lib/data/cart"
import { HOTLINE, telHref, ZALO_URL } from "@/lib/shop"
import { CartCountBadge } from "@/modules/cart/components/cart-count"

/** Phones only (CSS): call, Zalo and cart always one thumb away at the bottom of the screen. */
export async function MobileBar() {
  const [t, count] = await Promise.all([getTranslations("mobileBar"), cartItemCount().catch(() => 0)])
  const cartLabel = (await getTranslations("header"))("cartCount", { count })
  return (
    <nav className="mobile-bar" aria-label={t("label")}>
      <a href={telHref(HOTLINE)} className="mobile-bar__item mobile-bar__item--call">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2" /></svg>
        {t("call")}
      </a>
      <a href={ZALO_URL} className="mobile-bar__item" target="_blank" rel="noopener noreferrer">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><path d="M4 5h16v11H9l-5 4z" /></svg>
        {t("zalo")}
      </a>
      <Link href="/gio-hang" className="mobile-bar__item" aria-label={cartLabel}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><path d="M3 4h2l2.4 11h11l2-8H6.2" /><circle cx="9" cy="20" r="1.5" /><circle cx="18" cy="20" r="1.5" /></svg>
        {t("cart")}
        <CartCountBadge fallback={count} />
      </Link>
    </nav>
  )
}
