import { NextResponse, type NextRequest } from "next/server"
import { searchSuggestions } from "@/lib/data/search"

/** GET /api/search/suggest?q=: the header search box's suggestions (the publishable key stays on the server). */
export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? ""
  try {
    return NextResponse.json(await searchSuggestions(q))
  } catch (error) {
    console.error(`storefront: search suggestions for "${q}" failed`, error)
    return NextResponse.json({ products: [], categories: [], brands: [] }, { status: 502 })
  }
}
