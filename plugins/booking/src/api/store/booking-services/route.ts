import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * GET /store/booking-services: the services a customer can book, each with the provinces
 * served (`service_provinces`: where an active technician holding every required skill works).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "service_offering",
    fields: [
      "id",
      "handle",
      "name",
      "description",
      "duration_minutes",
      "price",
      "currency_code",
      "deposit_amount",
      "requires_address",
      "product_variant_id",
      "required_skills",
    ],
    filters: { is_active: true },
    pagination: { order: { name: "ASC" } },
  })
  const { data: technicians } = await query.graph({
    entity: "technician",
    fields: ["skills", "service_provinces"],
    filters: { is_active: true },
  })
  res.json({
    booking_services: data.map(({ required_skills, ...service }: any) => {
      const needed: string[] = required_skills ?? []
      const provinces = new Set<string>()
      for (const technician of technicians as { skills: string[] | null; service_provinces: string[] | null }[]) {
        if (needed.every((skill) => technician.skills?.includes(skill))) technician.service_provinces?.forEach((code) => provinces.add(code))
      }
      return { ...service, service_provinces: [...provinces].sort() }
    }),
  })
}
