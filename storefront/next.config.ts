import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

/** Product pictures come from Medusa, article and project pictures from Payload (or S3 via IMAGE_HOSTS). */
const imageOrigins = [
  process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  process.env.CMS_URL || "http://localhost:3000",
  ...(process.env.IMAGE_HOSTS ?? "").split(",").filter(Boolean),
].map((origin) => new URL(origin))

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Lets two dev servers run side by side from one checkout (each with its own build folder).
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  images: {
    remotePatterns: imageOrigins.map((url) => ({
      protocol: url.protocol.replace(":", "") as "http" | "https",
      hostname: url.hostname,
      port: url.port,
    })),
    // Next refuses to optimise pictures from private addresses; in development (and a local
    // production trial) Medusa and Payload are on localhost, so allow exactly that case.
    dangerouslyAllowLocalIP: imageOrigins.some((url) => ["localhost", "127.0.0.1"].includes(url.hostname)),
  },
}

export default withNextIntl(nextConfig)
