import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { staffRoleOf } from "../../../modules/booking/utils/staff-roles"

/** GET /admin/staff-roles: every admin user with their role, for the technician form and managers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: users } = await query.graph({
    entity: "user",
    fields: ["id", "email", "first_name", "last_name", "metadata"],
    pagination: { order: { email: "ASC" } },
  })
  res.json({
    staff: users.map(({ metadata, ...user }) => ({ ...user, role: staffRoleOf(metadata as Record<string, unknown> | null) })),
  })
}
