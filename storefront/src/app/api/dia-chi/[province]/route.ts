import { listProvinces, listWards } from "@/lib/vietnam/administrative-units"

/**
 * GET /api/dia-chi/79: the wards of one province (2025 units), for the checkout's ward picker.
 * Built once per province at build time and served as a static file.
 */
export const dynamic = "force-static"

export function generateStaticParams() {
  return listProvinces().map((province) => ({ province: province.code }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ province: string }> }) {
  const { province } = await params
  if (!listProvinces().some((candidate) => candidate.code === province)) {
    return Response.json({ error: "unknown province" }, { status: 404 })
  }
  return Response.json(
    { province, wards: listWards(province) },
    { headers: { "cache-control": "public, max-age=86400, stale-while-revalidate=604800" } }
  )
}
