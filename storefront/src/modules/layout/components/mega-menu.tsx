import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CategoryNode } from "@/lib/data/categories"

/**
 * Desktop category menu from Medusa's tree. Each panel opens on hover and on keyboard focus
 * (`:focus-within`), so it needs no script; the top-level link itself goes to the category.
 */
export function MegaMenu({ categories }: { categories: CategoryNode[] }) {
  const t = useTranslations("header")
  return (
    <nav className="mega-menu" aria-label={t("categories")}>
      <ul className="mega-menu__list">
        {categories.map((category) => (
          <li key={category.id} className="mega-menu__item">
            <Link href={`/danh-muc/${category.handle}`} className="mega-menu__top">{category.name}</Link>
            {category.category_children.length > 0 && (
              <div className="mega-menu__panel">
                <ul>
                  {category.category_children.map((child) => (
                    <li key={child.id}>
                      <Link href={`/danh-muc/${category.handle}/${child.handle}`}>{child.name}</Link>
                    </li>
                  ))}
                  <li>
                    <Link href={`/danh-muc/${category.handle}`} className="mega-menu__all">
                      {t("allInCategory", { category: category.name })}
                    </Link>
                  </li>
                </ul>
              </div>
            )}
          </li>
        ))}
        <li className="mega-menu__item mega-menu__item--secondary"><Link href="/dich-vu" className="mega-menu__top">{t("services")}</Link></li>
        <li className="mega-menu__item mega-menu__item--secondary"><Link href="/du-an" className="mega-menu__top">{t("projects")}</Link></li>
        <li className="mega-menu__item mega-menu__item--secondary"><Link href="/blog" className="mega-menu__top">{t("blog")}</Link></li>
      </ul>
    </nav>
  )
}
