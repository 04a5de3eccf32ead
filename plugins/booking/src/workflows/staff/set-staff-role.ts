import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { localized, type ShopLanguage } from "@tailoc/shop-locale"
import type { StaffRole } from "../../modules/booking/utils/staff-roles"

export type SetStaffRoleInput = { user_id: string; role: StaffRole; actor_id: string; language?: ShopLanguage }

type Previous = { user_id: string; metadata: Record<string, unknown> | null }

/** Writes the role into the user's metadata, keeping whatever else the metadata holds. */
const setStaffRoleStep = createStep(
  "set-staff-role",
  async ({ user_id, role, actor_id, language = "en" }: SetStaffRoleInput, { container }) => {
    // The last manager demoting themselves would leave nobody able to grant roles.
    if (user_id === actor_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        localized(language, {
          vi: "Bạn không thể tự đổi quyền của chính mình; hãy nhờ một quản lý khác.",
          en: "You cannot change your own role; ask another manager.",
        })
      )
    }
    const users = container.resolve(Modules.USER)
    const [user] = await users.listUsers({ id: user_id }, { select: ["id", "metadata"] })
    if (!user) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        localized(language, { vi: "Không tìm thấy tài khoản nhân viên này.", en: "This staff user was not found." })
      )
    }
    const previous: Previous = { user_id, metadata: (user.metadata as Record<string, unknown> | null) ?? null }
    const [updated] = await users.updateUsers([{ id: user_id, metadata: { ...(previous.metadata ?? {}), role } }])
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.USER).updateUsers([{ id: previous.user_id, metadata: previous.metadata }])
  }
)

/** A manager grants a staff user a role: manager, staff or technician. */
export const setStaffRoleWorkflow = createWorkflow("set-staff-role", (input: SetStaffRoleInput) => {
  return new WorkflowResponse(setStaffRoleStep(input))
})
