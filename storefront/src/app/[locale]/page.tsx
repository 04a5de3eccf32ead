import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { listBookingServices } from "@/lib/data/booking-services"
import { listCategoryTree } from "@/lib/data/categories"
import { listPosts, listProjects } from "@/lib/data/cms"
import { listProducts } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { formatDate } from "@/lib/util/dates"
import { isOnSale } from "@/lib/util/prices"
import { ContentCard } from "@/modules/content/components/content-card"
import { FeaturedCategories } from "@/modules/home/components/featured-categories"
import { HomeSection } from "@/modules/home/components/section"
import { ServicesTeaser } from "@/modules/home/components/services-teaser"
import { ProductCard } from "@/modules/products/components/product-card"

type Props = { params: Promise<{ locale: Locale }> }

/** One block's data, or null when its service is down: the rest of the page still renders. */
const orNull = <T,>(what: string, promise: Promise<T>) =>
  promise.catch((error) => {
    console.error(`storefront: home could not load ${what}`, error)
    return null
  })

async function catalog() {
  const region = await getRegion()
  if (!region) return { region: null, products: [], count: 0 }
  // The whole catalog is small (tens of products) and cached: one read gives both blocks.
  const { products, count } = await listProducts({ regionId: region.id, limit: 100, order: "-created_at" })
  return { region, products, count }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations()
  const [shop, categories, services, posts, projects] = await Promise.all([
    orNull("products", catalog()),
    orNull("categories", listCategoryTree()),
    orNull("services", listBookingServices()),
    orNull("posts", listPosts()),
    orNull("projects", listProjects()),
  ])
  const onSale = shop?.products.filter(isOnSale).slice(0, 8) ?? []

  return (
    <div className="home">
      <section className="hero">
        <h1>{t("home.title")}</h1>
        {shop?.region ? <p>{t("home.intro", { count: shop.count })}</p> : shop && <p className="notice">{t("home.noRegion")}</p>}
      </section>

      {categories?.length ? (
        <HomeSection id="home-categories" title={t("home.featuredCategories")}>
          <FeaturedCategories categories={categories} />
        </HomeSection>
      ) : null}

      {shop === null && <p className="notice">{t("common.loadFailed")}</p>}

      {onSale.length > 0 && (
        <HomeSection id="home-sale" title={t("home.onSale")}>
          <div className="product-grid">{onSale.map((product) => <ProductCard key={product.id} product={product} />)}</div>
        </HomeSection>
      )}

      {shop?.products.length ? (
        <HomeSection id="home-new" title={t("home.newArrivals")}>
          <div className="product-grid">
            {shop.products.slice(0, 8).map((product, index) => (
              <ProductCard key={product.id} product={product} priority={index < 2} />
            ))}
          </div>
        </HomeSection>
      ) : null}

      {services?.length ? (
        <HomeSection id="home-services" title={t("home.services")} more={{ href: "/dich-vu", label: t("common.seeAll") }}>
          <ServicesTeaser services={services.slice(0, 4)} />
        </HomeSection>
      ) : null}

      {posts?.length ? (
        <HomeSection id="home-posts" title={t("home.latestPosts")} more={{ href: "/blog", label: t("common.seeAll") }}>
          <div className="content-grid">
            {posts.slice(0, 3).map((post) => (
              <ContentCard
                key={post.id}
                href={`/blog/${post.slug}`}
                title={post.title}
                image={post.coverImage}
                meta={post.publishedAt ? formatDate(post.publishedAt, locale) : null}
                summary={post.excerpt}
              />
            ))}
          </div>
        </HomeSection>
      ) : null}

      {projects?.length ? (
        <HomeSection id="home-projects" title={t("home.latestProjects")} more={{ href: "/du-an", label: t("common.seeAll") }}>
          <div className="content-grid">
            {projects.slice(0, 3).map((project) => (
              <ContentCard
                key={project.id}
                href={`/du-an/${project.slug}`}
                title={project.title}
                image={project.gallery?.[0]?.image}
                meta={project.location}
                summary={project.summary}
              />
            ))}
          </div>
        </HomeSection>
      ) : null}
    </div>
  )
}
