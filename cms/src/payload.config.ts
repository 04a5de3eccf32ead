import path from "node:path"
import { fileURLToPath } from "node:url"
import { postgresAdapter } from "@payloadcms/db-postgres"
import { lexicalEditor } from "@payloadcms/richtext-lexical"
import { buildConfig } from "payload"
import sharp from "sharp"
import { Media } from "./collections/Media"
import { Users } from "./collections/Users"
import { readCmsEnvironment } from "./environment"
import { migrations } from "./migrations"

const dirname = path.dirname(fileURLToPath(import.meta.url))
const environment = readCmsEnvironment()

export default buildConfig({
  serverURL: environment.serverUrl,
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: " · Audio Tài Lộc CMS" },
  },
  collections: [Users, Media],
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
  sharp,
})
