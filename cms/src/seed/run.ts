/**
 * The CMS seed: categories, six buying guides and four finished installations, with cover
 * images, plus the first admin. Idempotent: what exists (by slug or e-mail) is left alone.
 * Product handles are checked against Medusa as on any save, so Medusa must be running.
 */
import { getPayload } from "payload"
import config from "../payload.config"
import { richText } from "../lib/rich-text"
import { slugify } from "../lib/slugify"
import { drawCover } from "./cover"
import { categories, posts, projects } from "./content"

const ADMIN = {
  email: process.env.CMS_ADMIN_EMAIL || "admin@audiotailoc.vn",
  password: process.env.CMS_ADMIN_PASSWORD || "TaiLoc@2026",
}

const log = (message: string) => console.log(`[cms-seed] ${message}`)
const payload = await getPayload({ config })
const context = { disableRevalidate: true }
const created: Record<string, number> = {}
const count = (what: string) => (created[what] = (created[what] ?? 0) + 1)

async function findBySlug(collection: "posts" | "projects" | "categories", slug: string) {
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, draft: true, depth: 0 })
  return docs[0]
}

async function cover(index: number, alt: string) {
  const data = await drawCover(index)
  const media = await payload.create({
    collection: "media",
    data: { alt },
    file: { data, mimetype: "image/jpeg", name: `cover-${index + 1}.jpg`, size: data.length },
    context,
  })
  count("images")
  return media.id
}

const { totalDocs: admins } = await payload.count({ collection: "users", where: { email: { equals: ADMIN.email } } })
let author = (await payload.find({ collection: "users", where: { email: { equals: ADMIN.email } }, limit: 1 })).docs[0]
if (!admins) {
  author = await payload.create({ collection: "users", data: { ...ADMIN, name: "Ban biên tập Audio Tài Lộc", role: "admin" } })
  count("users")
}

const categoryIds: Record<string, number> = {}
for (const category of categories) {
  const existing = await findBySlug("categories", category.slug)
  categoryIds[category.slug] = existing ? existing.id : (await payload.create({ collection: "categories", data: category, context })).id
  if (!existing) count("categories")
}

for (const [index, post] of posts.entries()) {
  if (await findBySlug("posts", slugify(post.title))) continue
  await payload.create({
    collection: "posts",
    context,
    data: {
      title: post.title,
      excerpt: post.excerpt,
      content: richText(post.content) as never,
      coverImage: await cover(index, post.title),
      categories: post.categories.map((slug) => categoryIds[slug]),
      relatedProducts: post.relatedProducts,
      author: author.id,
      publishedAt: new Date(Date.now() - (posts.length - index) * 3 * 86_400_000).toISOString(),
      _status: "published",
    },
  })
  count("posts")
  log(`posts ${index + 1}/${posts.length}`)
}

for (const [index, project] of projects.entries()) {
  if (await findBySlug("projects", slugify(project.title))) continue
  const image = await cover(index + posts.length, project.title)
  await payload.create({
    collection: "projects",
    context,
    data: {
      ...project,
      content: richText(project.content),
      gallery: [{ image, caption: project.summary.slice(0, 80) }],
      _status: "published",
    } as never,
  })
  count("projects")
  log(`projects ${index + 1}/${projects.length}`)
}

const summary = Object.entries(created)
log(summary.length ? `created ${summary.map(([what, n]) => `${n} ${what}`).join(", ")}` : "content already seeded; nothing changed")
log(`CMS login: ${ADMIN.email}${created.users ? ` / ${ADMIN.password}` : " (existing account)"}`)
process.exit(0)
