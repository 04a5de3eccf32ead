import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { retrieveCart } from "@/lib/data/cart"
import { CartLines } from "./cart-lines"
import { CartTotals } from "./cart-totals"
import styles from "./cart.module.css"

/** What the header's drawer shows, rendered on the server with the header (the cart read is cached). */
export async function CartDrawerContent() {
  const [t, cart] = await Promise.all([getTranslations("cart"), retrieveCart().catch(() => null)])
  if (!cart || !(cart.items ?? []).length) {
    return (
      <>
        <p>{t("empty")}</p>
        <Link href="/" className="button">{t("continueShopping")}</Link>
      </>
    )
  }
  return (
    <>
      <CartLines cart={cart} editable={false} />
      <div className={styles.drawerFooter}>
        <CartTotals cart={cart} />
        <Link href="/thanh-toan" className="button button--primary">{t("checkout")}</Link>
        <Link href="/gio-hang" className="button">{t("viewCart")}</Link>
      </div>
    </>
  )
}
