import createMiddleware from "next-intl/middleware"
import { routing } from "./i18n/routing"

/** Maps `/…` to Vietnamese and `/en/…` to English (see src/i18n/routing.ts). */
export default createMiddleware(routing)

export const config = {
  // Everything but API routes, Next's own files and files with an extension (favicon.ico, images).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
