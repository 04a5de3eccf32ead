import { verify } from "@tailoc/signed-requests"
import { revalidatePath, revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { revalidationTargets } from "@/lib/revalidation"
import { signingSecrets } from "@/lib/signing-secrets"

/**
 * POST /api/revalidate `{ tags, paths }`, signed with the shared REVALIDATE_SECRET: the CMS
 * when published content changes, Medusa when a product, price, stock or category does
 * (tags in src/lib/data/cache-tags.ts). Acts only on a fresh signature, known tags and the
 * storefront's own paths; answers with what it ignored.
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
  const { tags, paths, ignored } = revalidationTargets(parsed ?? {})
  for (const tag of tags) revalidateTag(tag, "max")
  for (const path of paths) revalidatePath(path)
  return NextResponse.json({ revalidated: true, tags, paths, ignored })
}
