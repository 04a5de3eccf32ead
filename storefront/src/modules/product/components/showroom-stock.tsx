import { getLocale, getTranslations } from "next-intl/server"
import type { ShowroomAvailability } from "@/lib/data/availability"
import { SHOWROOMS } from "@/lib/shop"
import styles from "./product.module.css"

/** "Còn hàng tại Showroom Hà Nội" / "Hết hàng tại …" for the chosen variant, one line per showroom. */
export async function ShowroomStock({ availability, variantId }: { availability: ShowroomAvailability | null; variantId: string }) {
  const variant = availability?.variants.find((candidate) => candidate.id === variantId)
  if (!availability || !variant || !availability.locations.length) return null
  const [t, locale] = await Promise.all([getTranslations("catalog.product"), getLocale()])
  const nameOf = (name: string) => SHOWROOMS.find((showroom) => showroom.name.vi === name)?.name[locale] ?? name
  return (
    <section className={styles.stock} aria-label={t("stockTitle")} data-testid="showroom-stock">
      <h2>{t("stockTitle")}</h2>
      <ul>
        {availability.locations.map((location) => {
          const inStock = variant.locations.find((entry) => entry.location_id === location.id)?.in_stock ?? false
          return (
            <li key={location.id} data-in-stock={inStock}>
              <span aria-hidden="true">{inStock ? "●" : "○"}</span> {inStock ? t("inStockAt", { showroom: nameOf(location.name) }) : t("outOfStockAt", { showroom: nameOf(location.name) })}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
