import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Crumb } from "@/lib/seo"
import styles from "./catalog.module.css"

/** Trail from the home page; the last crumb is the current page (not a link). Pair with `breadcrumbJsonLd`. */
export async function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const t = await getTranslations("catalog")
  return (
    <nav aria-label={t("breadcrumbs")} className={styles.breadcrumbs}>
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={crumb.path}>
            {index === crumbs.length - 1 ? <span aria-current="page">{crumb.name}</span> : <Link href={crumb.path}>{crumb.name}</Link>}
          </li>
        ))}
      </ol>
    </nav>
  )
}
