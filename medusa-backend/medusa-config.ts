import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { readEnvironment } from "./src/config/environment"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const environment = readEnvironment()
const { redisUrl, s3 } = environment

const fileProvider = s3
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        file_url: s3.fileUrl,
        access_key_id: s3.accessKeyId,
        secret_access_key: s3.secretAccessKey,
        region: s3.region,
        bucket: s3.bucket,
        endpoint: s3.endpoint,
        // MinIO and most self-hosted S3 servers address buckets by path, not by sub-domain.
        additional_client_config: { forcePathStyle: true },
      },
    }
  : {
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      // Private files (support attachments) live outside static/, which Medusa serves to anyone
      // at /static: they are read back only through routes that check who is asking.
      options: { upload_dir: "static", private_upload_dir: "uploads/private", backend_url: `${environment.backendUrl}/static` },
    }

const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            { resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: environment.databaseUrl,
    redisUrl,
    workerMode: environment.workerMode,
    http: {
      storeCors: environment.storeCors,
      adminCors: environment.adminCors,
      authCors: environment.authCors,
      jwtSecret: environment.jwtSecret,
      cookieSecret: environment.cookieSecret,
    },
  },
  admin: {
    disable: environment.disableAdmin,
    // The admin is built once and served by every API process: it calls the origin it was
    // loaded from ("/", Medusa's default), so one build works behind any host or port.
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  featureFlags: redisUrl ? { caching: true } : {},
  plugins: [
    { resolve: "@tailoc/medusa-plugin-booking", options: {} },
    {
      // The socket.io gateway (its own port) and the bridge for order and stock events;
      // support and booking deliver through it.
      resolve: "@tailoc/medusa-plugin-realtime",
      options: {
        jwtSecret: environment.jwtSecret,
        redisUrl,
        workerMode: environment.workerMode,
        port: environment.realtimePort,
        corsOrigins: environment.storeCors.split(",").concat(environment.adminCors.split(",")),
      },
    },
    { resolve: "@tailoc/medusa-plugin-support", options: {} },
  ],
  modules: [
    ...redisModules,
    { resolve: "./src/modules/product-specification" },
    {
      // Product search (src/search): Vietnamese text search with indexed typo tolerance.
      // The stock postgres provider stays registered: its migration creates the catalog table.
      resolve: "@medusajs/medusa/search",
      options: {
        default_provider: "search-vietnamese",
        providers: [
          { resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { engine: "native" } },
          { resolve: "./src/modules/search-vietnamese", id: "vietnamese", options: { typo_field: "search_alias" } },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        // Development and tests log e-mails; production swaps in a real e-mail provider here.
        providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }],
      },
    },
    { resolve: "@medusajs/medusa/file", options: { providers: [fileProvider] } },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "./src/modules/offline-payment",
            id: "cod",
            options: { method: "cash-on-delivery" },
          },
          {
            resolve: "./src/modules/offline-payment",
            id: "bank-transfer",
            options: {
              method: "bank-transfer",
              bank_account: {
                bank_name: process.env.BANK_TRANSFER_BANK_NAME || "Vietcombank",
                account_number: process.env.BANK_TRANSFER_ACCOUNT_NUMBER || "0071000123456",
                account_holder: process.env.BANK_TRANSFER_ACCOUNT_HOLDER || "CONG TY TNHH AUDIO TAI LOC",
                branch: process.env.BANK_TRANSFER_BRANCH || "Chi nhánh TP. Hồ Chí Minh",
              },
            },
          },
        ],
      },
    },
  ],
})
