import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { countCreated, findAll, type SeedContext } from "./context"

export const DEVELOPMENT_ADMIN = { email: "admin@audiotailoc.vn", password: "TaiLoc@2026" }

export type AdminCredentials = { email: string; password: string; created: boolean }

/** The first staff account, so Medusa Admin can be opened right after the seed. */
export async function seedAdminUser(
  context: SeedContext,
  { email, password }: { email: string; password: string }
): Promise<AdminCredentials> {
  const [user] = await findAll(context, "user", ["id"], { email })
  if (user) return { email, password, created: false }

  const auth = context.container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not register admin ${email}: ${error ?? "no identity returned"}`)
  }
  await createUserAccountWorkflow(context.container).run({
    input: { authIdentityId: authIdentity.id, userData: { email, first_name: "Quản trị", last_name: "Tài Lộc" } },
  })
  countCreated(context, "admin users", 1)
  return { email, password, created: true }
}
