import type { Metadata } from "next"
import Image from "next/image"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { getPost, mediaUrl } from "@/lib/data/cms"
import { formatDate } from "@/lib/util/dates"
import { RichText } from "@/modules/content/components/rich-text"

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug).catch(() => undefined)
  return post ? { title: post.meta?.title ?? post.title, description: post.meta?.description ?? post.excerpt ?? undefined } : {}
}

export default async function PostPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [post, t] = await Promise.all([getPost(slug), getTranslations("blog")])
  if (!post) notFound()
  const cover = mediaUrl(post.coverImage?.sizes?.hero?.url ?? post.coverImage?.url)
  return (
    <article className="content">
      <p><Link href="/blog">{t("back")}</Link></p>
      <h1>{post.title}</h1>
      {post.publishedAt && <p className="muted"><time dateTime={post.publishedAt}>{formatDate(post.publishedAt, locale)}</time></p>}
      {cover && (
        <div className="content__cover">
          <Image src={cover} alt={post.coverImage?.alt ?? ""} fill sizes="(max-width: 800px) 100vw, 760px" priority />
        </div>
      )}
      <RichText content={post.content} />
      {post.relatedProducts?.length ? (
        <p className="muted">{t("relatedProducts", { products: post.relatedProducts.join(", ") })}</p>
      ) : null}
    </article>
  )
}
