import type { Metadata } from "next"
import Link from "next/link"
import { listPosts, mediaUrl } from "@/lib/data/cms"

export const metadata: Metadata = { title: "Blog âm thanh", description: "Kinh nghiệm chọn loa, amply, karaoke và xem phim tại gia." }
export const dynamic = "force-dynamic"

const date = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "long" })

export default async function BlogPage() {
  const posts = await listPosts().catch((error) => {
    console.error("storefront: could not load posts from the CMS", error)
    return null
  })
  if (!posts) return <p className="notice">Chưa tải được bài viết. Vui lòng thử lại sau.</p>
  return (
    <>
      <h1>Blog âm thanh</h1>
      <section className="product-grid">
        {posts.map((post) => (
          <article key={post.id} className="product-card">
            {post.coverImage && <img src={mediaUrl(post.coverImage.sizes?.card?.url ?? post.coverImage.url)} alt={post.coverImage.alt} loading="lazy" />}
            <h2><Link href={`/blog/${post.slug}`}>{post.title}</Link></h2>
            {post.publishedAt && <p className="muted">{date.format(new Date(post.publishedAt))}</p>}
            {post.excerpt && <p>{post.excerpt}</p>}
          </article>
        ))}
      </section>
    </>
  )
}
