import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/** The cart with its unit count; the label says the count for screen readers. */
export function CartLink({ count, className = "header-action" }: { count: number; className?: string }) {
  const t = useTranslations("header")
  return (
    <Link href="/gio-hang" className={className} aria-label={t("cartCount", { count })}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><path d="M3 4h2l2.4 11h11l2-8H6.2" /><circle cx="9" cy="20" r="1.5" /><circle cx="18" cy="20" r="1.5" /></svg>
      <span>{t("cart")}</span>
      <span className="cart-count" data-testid="cart-count" aria-hidden="true">{count}</span>
    </Link>
  )
}
