import "server-only"
import { cookies, draftMode } from "next/headers"

export const CMS_URL = process.env.CMS_URL || "http://localhost:3000"
export const PREVIEW_COOKIE = "cms-preview-token"

export type Media = { url: string; alt: string; sizes?: Record<string, { url: string | null }> }
export type RichTextNode = { type: string; text?: string; format?: number | string; tag?: string; url?: string; fields?: { url?: string }; children?: RichTextNode[]; listType?: string }
export type Post = {
  id: number
  title: string
  slug: string
  excerpt?: string | null
  coverImage?: Media | null
  content: { root: RichTextNode }
  publishedAt?: string | null
  relatedProducts?: string[] | null
  categories?: { title: string; slug: string }[]
  meta?: { title?: string | null; description?: string | null }
}
export type Project = {
  id: number
  title: string
  slug: string
  clientType: string
  location: string
  completedAt?: string | null
  summary?: string | null
  content?: { root: RichTextNode } | null
  gallery?: { image: Media; caption?: string | null }[]
  equipment?: string[] | null
  service?: string | null
}

/**
 * Published content from Payload's REST API, cached under tags the CMS revalidates on
 * publish. In draft mode (a signed preview link) the one requested draft is read instead.
 */
async function fetchCollection<T>(collection: "posts" | "projects", params: Record<string, string>, tags: string[]) {
  const preview = (await draftMode()).isEnabled
  const token = preview ? (await cookies()).get(PREVIEW_COOKIE)?.value : undefined
  const query = new URLSearchParams({ depth: "1", ...params, ...(token ? { draft: "true" } : {}) })
  const response = await fetch(`${CMS_URL}/api/${collection}?${query}`, {
    headers: token ? { "x-preview-token": token } : {},
    ...(token ? { cache: "no-store" as const } : { next: { tags, revalidate: 3600 } }),
  })
  if (!response.ok) throw new Error(`CMS answered ${response.status} for ${collection}`)
  return (await response.json()) as { docs: T[]; totalDocs: number }
}

export const listPosts = () =>
  fetchCollection<Post>("posts", { sort: "-publishedAt", limit: "24" }, ["posts"]).then((result) => result.docs)

export const getPost = (slug: string) =>
  fetchCollection<Post>("posts", { "where[slug][equals]": slug, limit: "1" }, ["posts", `posts:${slug}`]).then((result) => result.docs[0])

export const listProjects = () =>
  fetchCollection<Project>("projects", { sort: "-completedAt", limit: "24" }, ["projects"]).then((result) => result.docs)

export const getProject = (slug: string) =>
  fetchCollection<Project>("projects", { "where[slug][equals]": slug, limit: "1" }, ["projects", `projects:${slug}`]).then(
    (result) => result.docs[0]
  )

/** Payload returns media URLs relative to itself. */
export const mediaUrl = (url?: string | null) => (url ? (url.startsWith("http") ? url : `${CMS_URL}${url}`) : undefined)
