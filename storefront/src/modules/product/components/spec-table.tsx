import { getTranslations } from "next-intl/server"
import type { ProductSpecification } from "@/lib/data/specifications"
import { specRows } from "@/lib/util/specs"
import styles from "./product.module.css"

/** The typed specification as a two-column table. */
export async function SpecTable({ specification }: { specification: ProductSpecification | undefined }) {
  const t = await getTranslations("catalog.specs")
  if (!specification) return null
  const rows = specRows(specification, (count) => t("months", { count }))
  return (
    <section className={styles.specs} aria-labelledby="product-specs">
      <h2 id="product-specs">{t("title")}</h2>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{t(row.key)}</th>
              <td>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
