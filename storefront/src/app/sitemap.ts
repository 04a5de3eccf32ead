import type { MetadataRoute } from "next"
import { LOCALES } from "@/i18n/locales"
import { categoryHref } from "@/lib/data/catalog"
import { listCategoryTree, type CategoryNode } from "@/lib/data/categories"
import { listPosts, listProjects } from "@/lib/data/cms"
import { listBrands } from "@/lib/data/collections"
import { listProducts } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { absoluteUrl } from "@/lib/seo"
import { POLICY_SLUGS } from "@/lib/shop"

// Rebuilt at most hourly; the catalog's own pages carry fresher data than a crawler needs.
export const revalidate = 3600

type Page = { path: string; lastModified?: string | Date | null; priority?: number }

/** A source that is down leaves its pages out rather than failing the whole sitemap. */
const orNone = <T,>(what: string, promise: Promise<T[]>) =>
  promise.catch((error) => {
    console.error(`storefront: sitemap could not list ${what}`, error)
    return [] as T[]
  })

async function allProducts() {
  const region = await getRegion()
  if (!region) return []
  const pages = []
  for (let offset = 0; ; offset += 100) {
    const { products, count } = await listProducts({ regionId: region.id, limit: 100, offset })
    pages.push(...products)
    if (offset + 100 >= count || !products.length) return pages
  }
}

function categoryPaths(nodes: CategoryNode[], parents: CategoryNode[] = []): string[] {
  return nodes.flatMap((node) => [categoryHref([...parents, node]), ...categoryPaths(node.category_children, [...parents, node])])
}

/** `/sitemap.xml`: every public page in both languages, each entry naming its other-language twin. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [products, categories, brands, posts, projects] = await Promise.all([
    orNone("products", allProducts()),
    orNone("categories", listCategoryTree()),
    orNone("brands", listBrands()),
    orNone("posts", listPosts()),
    orNone("projects", listProjects()),
  ])
  const pages: Page[] = [
    { path: "/", priority: 1 },
    { path: "/blog" },
    { path: "/du-an" },
    { path: "/dich-vu" },
    ...categoryPaths(categories).map((path) => ({ path, priority: 0.8 })),
    ...brands.map((brand) => ({ path: `/thuong-hieu/${brand.handle}`, priority: 0.6 })),
    ...products.map((product) => ({ path: `/san-pham/${product.handle}`, lastModified: product.updated_at, priority: 0.9 })),
    ...posts.map((post) => ({ path: `/blog/${post.slug}`, lastModified: post.publishedAt })),
    ...projects.map((project) => ({ path: `/du-an/${project.slug}`, lastModified: project.completedAt })),
    ...POLICY_SLUGS.map((slug) => ({ path: `/chinh-sach/${slug}`, priority: 0.3 })),
  ]
  return pages.flatMap((page) =>
    LOCALES.map((locale) => ({
      url: absoluteUrl(page.path, locale),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      ...(page.priority !== undefined ? { priority: page.priority } : {}),
      alternates: { languages: Object.fromEntries(LOCALES.map((other) => [other, absoluteUrl(page.path, other)])) },
    }))
  )
}
