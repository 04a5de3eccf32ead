import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getPost, mediaUrl } from "@/lib/data/cms"
import { RichText } from "@/modules/content/components/rich-text"

type Props = { params: Promise<{ slug: string }> }
export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug).catch(() => undefined)
  return post ? { title: post.meta?.title ?? post.title, description: post.meta?.description ?? post.excerpt ?? undefined } : {}
}

export default async function PostPage({ params }: Props) {
  const post = await getPost((await params).slug)
  if (!post) notFound()
  return (
    <article className="content">
      <p><Link href="/blog">← Blog</Link></p>
      <h1>{post.title}</h1>
      {post.coverImage && <img src={mediaUrl(post.coverImage.sizes?.hero?.url ?? post.coverImage.url)} alt={post.coverImage.alt} />}
      <RichText content={post.content} />
      {post.relatedProducts?.length ? (
        <p className="muted">Sản phẩm nhắc đến: {post.relatedProducts.join(", ")}</p>
      ) : null}
    </article>
  )
}
