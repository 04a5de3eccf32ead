"use client"

import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"
import { addToCartFromForm } from "@/lib/actions/cart"
import { useOptimisticAddToCart } from "@/modules/cart/components/cart-count"

/**
 * Variant choice and the add-to-cart button, a form posting to a server action: it works
 * before JavaScript loads; with it, the header's count moves at the click (optimistic) and
 * settles on the count the action returns.
 * The catalog engineer replaces the plain variant list with the option picker.
 */
export function AddToCart({ variants }: { variants: HttpTypes.StoreProductVariant[] }) {
  const t = useTranslations()
  // The header count moves at the click, then settles on the server action's answer.
  const [result, action, pending] = useOptimisticAddToCart(addToCartFromForm)
  const buyable = variants.filter((variant) => variant.manage_inventory === false || variant.allow_backorder || (variant.inventory_quantity ?? 0) > 0)
  if (!buyable.length) return <p className="notice">{t("product.outOfStock")}</p>
  return (
    <form action={action} className="add-to-cart">
      {buyable.length > 1 ? (
        <label>
          {t("product.variant")}
          <select name="variantId" defaultValue={buyable[0].id}>
            {buyable.map((variant) => (
              <option key={variant.id} value={variant.id}>{variant.title}</option>
            ))}
          </select>
        </label>
      ) : (
        <input type="hidden" name="variantId" value={buyable[0].id} />
      )}
      <label>
        {t("product.quantity")}
        <input type="number" name="quantity" min={1} max={99} defaultValue={1} inputMode="numeric" />
      </label>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("product.adding") : t("product.addToCart")}
      </button>
      <p role="status" className="add-to-cart__status">
        {result?.ok && t("product.added")}
        {result && !result.ok && t(`cart.errors.${result.error}`)}
      </p>
    </form>
  )
}
