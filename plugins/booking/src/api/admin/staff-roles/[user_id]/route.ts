import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffRoleOf } from "../../../../modules/booking/utils/staff-roles"
import { setStaffRoleWorkflow } from "../../../../workflows/staff/set-staff-role"
import type { Infer, SetStaffRole } from "../../../utils/validators"
import { staffLanguageOf } from "../../../utils/staff-access"

/** POST /admin/staff-roles/:user_id: a manager grants a role (manager, staff, technician). */
export async function POST(req: AuthenticatedMedusaRequest<Infer<typeof SetStaffRole>>, res: MedusaResponse) {
  const { result: user } = await setStaffRoleWorkflow(req.scope).run({
    input: { user_id: req.params.user_id, role: req.validatedBody.role, actor_id: req.auth_context.actor_id, language: staffLanguageOf(req) },
  })
  res.json({ user: { id: user.id, email: user.email, first_name: user.first_name, last_name: user.last_name, role: staffRoleOf(user.metadata) } })
}
