/**
 * The CMS against a real PostgreSQL database of its own: roles, drafts, slugs, product
 * handles and storefront revalidation, through Payload's local API with access control on.
 */
import assert from "node:assert/strict"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { after, before, describe, test } from "node:test"
import pg from "pg"

const KNOWN_HANDLES = new Set(["jbl-pasion-10", "shure-sm58"])
const PUBLISHABLE_KEY = "pk_cms_test"
const REVALIDATE_SECRET = "cms-test-revalidate-secret"
const PREVIEW_SECRET = "cms-test-preview-secret"
const revalidations: { body: any; timestamp: number; signature: string }[] = []
const productLookups: { key: string | undefined; handles: string[] }[] = []

/** Stands in for the storefront's revalidate route and Medusa's product list during the run. */
function startPeer(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost")
    if (req.method === "GET" && url.pathname === "/store/products") {
      const handles = url.searchParams.getAll("handle[]")
      productLookups.push({ key: req.headers["x-publishable-api-key"] as string | undefined, handles })
      res.setHeader("content-type", "application/json")
      res.end(JSON.stringify({ products: handles.filter((handle) => KNOWN_HANDLES.has(handle)).map((handle) => ({ handle })) }))
      return
    }
    if (req.method === "POST" && url.pathname === "/api/revalidate") {
      let body = ""
      req.on("data", (chunk) => (body += chunk))
      req.on("end", () => {
        revalidations.push({
          body: JSON.parse(body),
          timestamp: Number(req.headers["x-revalidate-timestamp"]),
          signature: String(req.headers["x-revalidate-signature"]),
        })
        res.end('{"revalidated":true}')
      })
      return
    }
    res.statusCode = 404
    res.end()
  })
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)))
}

const serverUrl = process.env.DATABASE_URL || "postgres://postgres:postgres@127.0.0.1:54320/postgres"
const databaseName = `cms_test_${process.pid}`
const databaseUrl = (name: string) => {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

let peer: Server
let payload: any
let signing: typeof import("@tailoc/signed-requests")
let richText: typeof import("../src/lib/rich-text").richText
const users: Record<string, any> = {}

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: databaseUrl("postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

before(async () => {
  peer = await startPeer()
  const peerUrl = `http://127.0.0.1:${(peer.address() as AddressInfo).port}`
  await onServer(`create database "${databaseName}"`)
  Object.assign(process.env, {
    PAYLOAD_DATABASE_URL: databaseUrl(databaseName),
    STOREFRONT_URL: peerUrl,
    MEDUSA_BACKEND_URL: peerUrl,
    MEDUSA_PUBLISHABLE_KEY: PUBLISHABLE_KEY,
    REVALIDATE_SECRET,
    PREVIEW_SECRET,
  })
  const { getPayload } = await import("payload")
  const { default: config } = await import("../src/payload.config")
  signing = await import("@tailoc/signed-requests")
  ;({ richText } = await import("../src/lib/rich-text"))
  payload = await getPayload({ config })
  await payload.db.migrate()
  for (const [key, role] of [["admin", "admin"], ["editor", "editor"], ["author", "author"], ["otherAuthor", "author"]]) {
    users[key] = await payload.create({
      collection: "users",
      data: { email: `${key.toLowerCase()}@audiotailoc.vn`, password: "MatKhau@123", name: key, role },
    })
  }
})

after(async () => {
  // Dropping the database ends the pool's idle connections; that is expected here.
  payload?.db?.pool?.on?.("error", () => {})
  await payload?.destroy?.()
  peer?.close()
  await onServer(`drop database if exists "${databaseName}" with (force)`)
})

const post = (title: string, extra: Record<string, unknown> = {}) => ({ title, content: richText(["Nội dung thử."]), ...extra })
const as = (user: any) => ({ user, overrideAccess: false })
const idOf = (value: any) => (typeof value === "object" && value ? value.id : value)

describe("slugs", () => {
  test("are made from Vietnamese titles without diacritics", async () => {
    const { slugify } = await import("../src/lib/slugify")
    assert.equal(slugify("Dàn karaoke gia đình"), "dan-karaoke-gia-dinh")
    assert.equal(slugify("  Đánh giá loa JBL Pasion 10: có đáng tiền?  "), "danh-gia-loa-jbl-pasion-10-co-dang-tien")
  })

  test("are unique within a collection", async () => {
    const first = await payload.create({ collection: "posts", data: post("Chọn amply cho loa 8 Ω") })
    const second = await payload.create({ collection: "posts", data: post("Chọn amply cho loa 8 Ω") })
    assert.equal(first.slug, "chon-amply-cho-loa-8")
    assert.equal(second.slug, "chon-amply-cho-loa-8-2")
  })
})

describe("roles", () => {
  test("an author writes drafts under their own name and cannot publish", async () => {
    const draft = await payload.create({ collection: "posts", data: post("Bản nháp của tác giả", { author: users.editor.id }), draft: true, ...as(users.author) })
    assert.equal(idOf(draft.author), users.author.id)
    await assert.rejects(payload.update({ collection: "posts", id: draft.id, data: { _status: "published" }, ...as(users.author) }))
    const edited = await payload.update({ collection: "posts", id: draft.id, data: { excerpt: "Sửa tóm tắt" }, draft: true, ...as(users.author) })
    assert.equal(edited.excerpt, "Sửa tóm tắt")
  })

  test("an author cannot touch another author's post; an editor can publish it", async () => {
    const draft = await payload.create({ collection: "posts", data: post("Bài của tác giả khác"), draft: true, ...as(users.otherAuthor) })
    await assert.rejects(payload.update({ collection: "posts", id: draft.id, data: { title: "Chiếm bài" }, draft: true, ...as(users.author) }))
    await assert.rejects(payload.delete({ collection: "posts", id: draft.id, ...as(users.author) }))
    const published = await payload.update({ collection: "posts", id: draft.id, data: { _status: "published" }, ...as(users.editor) })
    assert.equal(published._status, "published")
    assert.ok(published.publishedAt, "publishing stamps the date")
    await assert.rejects(payload.delete({ collection: "posts", id: draft.id, ...as(users.otherAuthor) }))
  })

  test("only editors and admins manage projects, and only admins change roles", async () => {
    await assert.rejects(payload.create({ collection: "projects", data: { title: "Dự án", clientType: "home", location: "Quận 7" }, ...as(users.author) }))
    const self = await payload.update({ collection: "users", id: users.author.id, data: { name: "Tác giả", role: "admin" }, ...as(users.author) })
    assert.equal(self.role, "author", "an author cannot promote themselves")
    const project = await payload.create({ collection: "projects", data: { title: "Phòng karaoke Quận 7", clientType: "home", location: "Quận 7, TP. HCM" }, ...as(users.editor) })
    assert.equal(project.slug, "phong-karaoke-quan-7")
  })

  test("an author who opens Projects sees the published ones, as a visitor does, and no drafts", async () => {
    const live = await payload.create({ collection: "projects", data: { title: "Hội trường Quận 3", clientType: "hall", location: "Quận 3, TP. HCM", _status: "published" } })
    const draft = await payload.create({ collection: "projects", data: { title: "Quán karaoke Cầu Giấy", clientType: "karaoke-venue", location: "Cầu Giấy, Hà Nội" }, draft: true })

    const listed = await payload.find({ collection: "projects", draft: true, limit: 100, ...as(users.author) })
    const slugs = listed.docs.map((doc: any) => doc.slug)
    assert.ok(slugs.includes(live.slug))
    assert.ok(!slugs.includes(draft.slug), "a project's draft belongs to the editors")
    await assert.rejects(payload.findByID({ collection: "projects", id: draft.id, draft: true, ...as(users.author) }))

    const editors = await payload.find({ collection: "projects", draft: true, limit: 100, ...as(users.editor) })
    assert.ok(editors.docs.some((doc: any) => doc.slug === draft.slug), "editors still see drafts")
  })
})

describe("drafts", () => {
  test("the public sees published posts only; a signed preview token opens one draft", async () => {
    const draft = await payload.create({ collection: "posts", data: post("Bài chưa đăng"), draft: true })
    const live = await payload.create({ collection: "posts", data: post("Bài đã đăng", { _status: "published" }) })

    const visible = await payload.find({ collection: "posts", overrideAccess: false, limit: 100 })
    const slugs = visible.docs.map((doc: any) => doc.slug)
    assert.ok(slugs.includes(live.slug))
    assert.ok(!slugs.includes(draft.slug))

    const where = { slug: { equals: draft.slug } }
    const read = (token: string) =>
      payload.find({
        collection: "posts",
        where,
        draft: true,
        overrideAccess: false,
        req: { headers: new Headers({ "x-preview-token": token }), query: { where } },
      })
    const previewed = await read(signing.previewToken("posts", draft.slug, PREVIEW_SECRET))
    assert.deepEqual(previewed.docs.map((doc: any) => doc.slug), [draft.slug])
    const wrongDocument = await read(signing.previewToken("posts", live.slug, PREVIEW_SECRET))
    assert.deepEqual(wrongDocument.docs, [], "a token for another document opens nothing")
    const wrongSecret = await read(signing.previewToken("posts", draft.slug, "not-the-secret"))
    assert.deepEqual(wrongSecret.docs, [])
  })
})

describe("product handles", () => {
  test("are checked against the Medusa store API with the publishable key", async () => {
    const ok = await payload.create({ collection: "posts", data: post("Loa cho phòng 20 m²", { relatedProducts: ["jbl-pasion-10", "shure-sm58"] }) })
    assert.deepEqual(ok.relatedProducts, ["jbl-pasion-10", "shure-sm58"])
    await assert.rejects(
      payload.create({ collection: "posts", data: post("Sai handle", { relatedProducts: ["jbl-pasion-10", "loa-khong-ton-tai"] }) }),
      (error: any) => {
        assert.match(error.data.errors[0].message, /Không có sản phẩm với handle: loa-khong-ton-tai/)
        return true
      }
    )
    assert.ok(productLookups.length >= 2)
    assert.ok(productLookups.every((lookup) => lookup.key === PUBLISHABLE_KEY))
  })
})

describe("revalidation", () => {
  test("publishing, renaming and deleting tell the storefront exactly which pages changed, signed", async () => {
    revalidations.length = 0
    const draft = await payload.create({ collection: "posts", data: post("Hướng dẫn chống hú micro"), draft: true })
    assert.equal(revalidations.length, 0, "a draft changes nothing a visitor sees")

    await payload.update({ collection: "posts", id: draft.id, data: { _status: "published" } })
    assert.equal(revalidations.length, 1)
    const [published] = revalidations
    assert.deepEqual(published.body, {
      tags: ["posts", "posts:huong-dan-chong-hu-micro"],
      paths: ["/blog", "/blog/huong-dan-chong-hu-micro"],
    })
    assert.ok(signing.verify(JSON.stringify(published.body), published.timestamp, published.signature, REVALIDATE_SECRET))
    assert.ok(!signing.verify(JSON.stringify(published.body), published.timestamp, published.signature, "another-secret"))

    await payload.update({ collection: "posts", id: draft.id, data: { slug: "chong-hu-micro", _status: "published" } })
    assert.deepEqual(revalidations[1].body.paths, ["/blog", "/blog/chong-hu-micro", "/blog/huong-dan-chong-hu-micro"])

    await payload.delete({ collection: "posts", id: draft.id })
    assert.deepEqual(revalidations[2].body.paths, ["/blog", "/blog/chong-hu-micro"])
  })
})

describe("admin in Vietnamese", () => {
  test("speaks Vietnamese by default, offers English, and draws avatars locally", () => {
    assert.equal(payload.config.i18n.fallbackLanguage, "vi")
    assert.deepEqual(Object.keys(payload.config.i18n.supportedLanguages).sort(), ["en", "vi"])
    assert.equal(payload.config.i18n.supportedLanguages.vi.translations.general.save, "Lưu")
    assert.equal(payload.config.admin.avatar, "default", "a gravatar avatar is fetched from gravatar.com")
  })

  test("an English browser still gets Vietnamese until the editor picks English", async () => {
    const { NextRequest } = await import("next/server")
    const { proxy } = await import("../src/proxy")
    const { getRequestLanguage } = await import("payload")
    // Payload reads the language from the request as the proxy hands it on.
    const languageOf = (cookie?: string) => {
      const request = new NextRequest("http://localhost:3000/admin", {
        headers: { "accept-language": "en-US,en;q=0.9", ...(cookie && { cookie }) },
      })
      const forwarded = proxy(request).headers.get("x-middleware-request-cookie") ?? request.headers.get("cookie") ?? ""
      const cookies = new Map(forwarded.split("; ").filter(Boolean).map((pair) => pair.split("=") as [string, string]))
      return getRequestLanguage({ config: payload.config, cookies, headers: request.headers })
    }
    assert.equal(languageOf(), "vi")
    assert.equal(languageOf("payload-lng=en"), "en")
  })

  test("a post or project without its title is refused as a draft, so the create page leaves no empty one", async () => {
    const before = await payload.count({ collection: "posts", draft: true })
    await assert.rejects(payload.create({ collection: "posts", data: {}, draft: true, ...as(users.author) }), (error: any) => {
      assert.match(error.message, /Tiêu đề/)
      return true
    })
    await assert.rejects(payload.create({ collection: "projects", data: {}, draft: true, ...as(users.editor) }))
    assert.equal((await payload.count({ collection: "posts", draft: true })).totalDocs, before.totalDocs)
  })
})
