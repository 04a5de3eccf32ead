import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { listPosts } from "@/lib/data/cms"
import { formatDate } from "@/lib/util/dates"
import { ContentCard } from "@/modules/content/components/content-card"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "blog" })
  return { title: t("title"), description: t("description") }
}

export default async function BlogPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations()
  const posts = await listPosts().catch((error) => {
    console.error("storefront: could not load posts from the CMS", error)
    return null
  })
  if (!posts) return <p className="notice">{t("common.loadFailed")}</p>
  return (
    <>
      <h1>{t("blog.title")}</h1>
      <div className="content-grid">
        {posts.map((post) => (
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
    </>
  )
}
