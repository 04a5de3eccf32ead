import path from "node:path"
import { fileURLToPath } from "node:url"
import { postgresAdapter } from "@payloadcms/db-postgres"
import { seoPlugin } from "@payloadcms/plugin-seo"
import { lexicalEditor } from "@payloadcms/richtext-lexical"
import { s3Storage } from "@payloadcms/storage-s3"
import { en } from "@payloadcms/translations/languages/en"
import { vi } from "@payloadcms/translations/languages/vi"
import { buildConfig } from "payload"
import sharp from "sharp"
import { Categories } from "./collections/Categories"
import { Media } from "./collections/Media"
import { Posts } from "./collections/Posts"
import { Projects } from "./collections/Projects"
import { Users } from "./collections/Users"
import { environment } from "./environment"
import { previewToken } from "@tailoc/signed-requests"
import { migrations } from "./migrations"

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Storefront pages of each collection, for live preview. */
const STOREFRONT_PATHS: Record<string, string> = { posts: "/blog", projects: "/du-an" }

export default buildConfig({
  serverURL: environment.serverUrl,
  admin: {
    user: Users.slug,
    // Payload's own avatar: "gravatar" would fetch every editor's picture from gravatar.com.
    avatar: "default",
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: " · Audio Tài Lộc CMS" },
    livePreview: {
      collections: ["posts", "projects"],
      url: ({ data, collectionConfig }) => {
        const collection = collectionConfig?.slug ?? "posts"
        const slug = String(data?.slug ?? "")
        const query = new URLSearchParams({ collection, slug, token: previewToken(collection, slug, environment.previewSecret) })
        return `${environment.storefrontUrl}/api/preview?${query}&path=${encodeURIComponent(`${STOREFRONT_PATHS[collection]}/${slug}`)}`
      },
      breakpoints: [
        { label: "Điện thoại", name: "mobile", width: 390, height: 844 },
        { label: "Máy tính bảng", name: "tablet", width: 820, height: 1180 },
        { label: "Máy tính", name: "desktop", width: 1440, height: 900 },
      ],
    },
  },
  // Vietnamese unless an editor picks English in their account (src/proxy.ts makes it the
  // default over the browser's Accept-Language too).
  i18n: {
    fallbackLanguage: "vi",
    supportedLanguages: { vi, en },
    // Payload's Vietnamese pack leaves the dashboard heading in English.
    translations: { vi: { general: { collections: "Nội dung" } } },
  },
  collections: [Posts, Projects, Categories, Media, Users],
  editor: lexicalEditor(),
  secret: environment.secret,
  typescript: { outputFile: path.resolve(dirname, "payload-types.ts") },
  db: postgresAdapter({
    pool: { connectionString: environment.databaseUrl },
    // The schema comes from committed migrations only, in development as in production.
    push: false,
    migrationDir: path.resolve(dirname, "migrations"),
    prodMigrations: migrations,
  }),
  // Scheduled publishing runs through Payload's job queue, checked every minute.
  jobs: { autoRun: [{ cron: "* * * * *", queue: "default", limit: 20 }] },
  plugins: [
    seoPlugin({
      collections: ["posts", "projects"],
      uploadsCollection: "media",
      generateTitle: ({ doc }) => `${(doc as { title?: string }).title ?? ""} | Audio Tài Lộc`,
      generateDescription: ({ doc }) =>
        (doc as { excerpt?: string; summary?: string }).excerpt ?? (doc as { summary?: string }).summary ?? "",
      generateURL: ({ doc, collectionSlug }) =>
        `${environment.storefrontUrl}${STOREFRONT_PATHS[collectionSlug ?? "posts"] ?? ""}/${(doc as { slug?: string }).slug ?? ""}`,
    }),
    s3Storage({
      enabled: Boolean(environment.s3),
      collections: { media: true },
      bucket: environment.s3?.bucket ?? "",
      config: {
        region: environment.s3?.region,
        endpoint: environment.s3?.endpoint,
        forcePathStyle: true,
        credentials: { accessKeyId: environment.s3?.accessKeyId ?? "", secretAccessKey: environment.s3?.secretAccessKey ?? "" },
      },
    }),
  ],
  sharp,
})
