import { withPayload } from "@payloadcms/next/withPayload"

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Editors work at /admin; the CMS serves no public pages of its own.
  async redirects() {
    return [{ source: "/", destination: "/admin", permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
