import { Link } from "@/i18n/navigation"
import type { CategoryNode } from "@/lib/data/categories"

export function FeaturedCategories({ categories }: { categories: CategoryNode[] }) {
  return (
    <ul className="category-tiles">
      {categories.map((category) => (
        <li key={category.id}>
          <Link href={`/danh-muc/${category.handle}`} className="category-tile">
            <strong>{category.name}</strong>
            {category.category_children.length > 0 && (
              <span className="muted">{category.category_children.map((child) => child.name).join(" · ")}</span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  )
}
