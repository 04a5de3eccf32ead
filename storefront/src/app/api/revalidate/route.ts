import { verify } from "@tailoc/signed-requests"
import { revalidatePath, revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { signingSecrets } from "@/lib/signing-secrets"

/**
 * POST /api/revalidate, called by the CMS when published content changes. Acts only on a
 * fresh request signed with the shared secret, and only on the storefront's own paths.
 */
export async function POST(request: NextRequest) {
  const body = await request.text()
  const timestamp = Number(request.headers.get("x-revalidate-timestamp"))
  const signature = request.headers.get("x-revalidate-signature") ?? ""
  if (!verify(body, timestamp, signature, signingSecrets().revalidateSecret)) {
    return NextResponse.json({ message: "Invalid or expired signature" }, { status: 401 })
  }
  let parsed: { tags?: unknown; paths?: unknown }
  try {
    parsed = JSON.parse(body)
  } catch {
    return NextResponse.json({ message: "Body must be JSON with tags and paths" }, { status: 400 })
  }
  const tags = Array.isArray(parsed.tags) ? parsed.tags.filter((tag): tag is string => typeof tag === "string") : []
  const paths = Array.isArray(parsed.paths)
    ? parsed.paths.filter((path): path is string => typeof path === "string" && path.startsWith("/"))
    : []
  for (const tag of tags) revalidateTag(tag, "max")
  for (const path of paths) revalidatePath(path)
  return NextResponse.json({ revalidated: true, tags, paths })
}
