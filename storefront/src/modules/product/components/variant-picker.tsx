import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { isBuyable, optionValue, variantForChoice } from "@/lib/util/variants"
import styles from "./product.module.css"

/**
 * One row of choices per option (Màu, Chiều dài, Diện tích phòng). Each choice is a link to
 * `?v=<variant>`, so the chosen variant is in the URL and the picker works without JavaScript.
 */
export async function VariantPicker({ product, selected }: { product: HttpTypes.StoreProduct; selected: HttpTypes.StoreProductVariant }) {
  const variants = product.variants ?? []
  if (variants.length < 2) return null
  const t = await getTranslations("catalog.product")
  return (
    <div className={styles.picker} data-testid="variant-picker">
      {(product.options ?? []).map((option) => {
        const chosen = optionValue(selected, option.id)
        return (
          <fieldset key={option.id} className={styles.option}>
            <legend>
              {option.title}: <strong>{chosen}</strong>
            </legend>
            <ul>
              {(option.values ?? []).map((value) => {
                const target = variantForChoice(variants, selected, option.id, value.value)
                if (!target) return null
                const current = value.value === chosen
                const soldOut = !isBuyable(target)
                return (
                  <li key={value.id}>
                    <Link
                      href={`/san-pham/${product.handle}?v=${target.id}`}
                      replace
                      scroll={false}
                      className={styles.choice}
                      aria-current={current ? "true" : undefined}
                      data-sold-out={soldOut || undefined}
                      aria-label={soldOut ? t("choiceSoldOut", { value: value.value }) : value.value}
                    >
                      {value.value}
                    </Link>
                  </li>
                )
              })}
            </ul>
          </fieldset>
        )
      })}
    </div>
  )
}
