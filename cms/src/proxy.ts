import { NextResponse, type NextRequest } from "next/server"

/** Payload's language cookie (cookiePrefix "payload"), set when an editor picks a language in their account. */
const LANGUAGE_COOKIE = "payload-lng"

/**
 * Payload takes the admin language from the editor's choice, then from the browser's
 * Accept-Language, and only then from i18n.fallbackLanguage. The shop works in Vietnamese
 * on whatever computer, so a request without a choice is read as choosing Vietnamese; an
 * editor who picks English keeps English.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set("cookie", [request.headers.get("cookie"), `${LANGUAGE_COOKIE}=vi`].filter(Boolean).join("; "))
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ["/admin/:path*", "/api/:path*"] }
