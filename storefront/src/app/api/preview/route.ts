import { verifyPreviewToken } from "@tailoc/signed-requests"
import { cookies, draftMode } from "next/headers"
import { NextResponse, type NextRequest } from "next/server"
import { PREVIEW_COOKIE } from "@/lib/data/cms"
import { signingSecrets } from "@/lib/signing-secrets"

/**
 * GET /api/preview?collection&slug&token&path: the CMS's live-preview link. A valid token
 * turns on draft mode for this browser and keeps the token for the CMS request.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const collection = params.get("collection") ?? ""
  const slug = params.get("slug") ?? ""
  const token = params.get("token") ?? ""
  const path = params.get("path") ?? "/"
  if (!verifyPreviewToken(token, collection, slug, signingSecrets().previewSecret) || !path.startsWith("/")) {
    return NextResponse.json({ message: "Invalid or expired preview link" }, { status: 401 })
  }
  ;(await draftMode()).enable()
  ;(await cookies()).set(PREVIEW_COOKIE, token, { httpOnly: true, sameSite: "none", secure: true, path: "/" })
  return NextResponse.redirect(new URL(path, request.url))
}
