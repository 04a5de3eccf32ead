import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { languageOf, localized, type ShopLanguage } from "@tailoc/shop-locale"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"
import { STAFF_ROLE_NAMES, staffRoleOf, type StaffRole } from "../../modules/booking/utils/staff-roles"

/**
 * The language of staff-facing messages: what the caller's Accept-Language prefers (the
 * admin pages ask for Vietnamese), English for a caller that sends none (scripts and
 * integrations, as before).
 */
export function staffLanguageOf(req: Pick<MedusaRequest, "headers">): ShopLanguage {
  return req.headers["accept-language"] ? languageOf(req) : "en"
}

/** Medusa authenticates every /admin request before any middleware of ours runs. */
type StaffRequest = MedusaRequest & Partial<Pick<AuthenticatedMedusaRequest, "auth_context">> & { staff_role?: StaffRole }

/**
 * The caller's role in our plugins: from `user.metadata.role` for an admin user; a secret
 * API key (an integration the managers set up) acts as a manager. Read once per request.
 */
export async function staffRoleOfRequest(request: StaffRequest): Promise<StaffRole> {
  if (request.staff_role) return request.staff_role
  const { actor_type, actor_id } = request.auth_context ?? {}
  if (actor_type !== "user" || !actor_id) {
    request.staff_role = actor_type === "api-key" ? "manager" : "technician"
    return request.staff_role
  }
  const [user] = await request.scope.resolve(Modules.USER).listUsers({ id: actor_id }, { select: ["id", "metadata"] })
  request.staff_role = staffRoleOf(user?.metadata)
  return request.staff_role
}

export function forbidden(req: MedusaRequest, texts: { vi: string; en: string }) {
  return new MedusaError(MedusaError.Types.FORBIDDEN, localized(staffLanguageOf(req), texts))
}

/** Middleware: only callers with one of `roles` get through; the others get a 403 that says why. */
export function allowRoles(...roles: StaffRole[]) {
  const allowed = roles.map((role) => STAFF_ROLE_NAMES[role]).join(", ")
  return async (req: StaffRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const role = await staffRoleOfRequest(req)
      if (roles.includes(role)) return next()
      next(
        forbidden(req, {
          vi: `Tài khoản có quyền "${STAFF_ROLE_NAMES[role]}" không được làm việc này; cần quyền: ${allowed}. Hãy nhờ quản lý cấp quyền.`,
          en: `An account with the role "${role}" may not do this; it needs one of: ${roles.join(", ")}. Ask a manager.`,
        })
      )
    } catch (error) {
      next(error)
    }
  }
}

/**
 * Medusa's own user and invite routes would let anyone change `metadata.role`, their own
 * included. Only managers change other users or invite; others may edit their own profile,
 * but not its metadata.
 */
export async function guardUserWrites(req: StaffRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    if ((await staffRoleOfRequest(req)) === "manager") return next()
    // Read the id from the URL: this middleware also guards routes whose params it does not see.
    const userId = /^\/admin\/users\/([^/?#]+)/.exec(req.originalUrl)?.[1]
    const ownProfile =
      req.method === "POST" &&
      userId !== undefined &&
      userId === req.auth_context?.actor_id &&
      !Object.prototype.hasOwnProperty.call((req.body as object | undefined) ?? {}, "metadata")
    if (ownProfile) return next()
    next(
      forbidden(req, {
        vi: "Chỉ quản lý được thêm, sửa hoặc xoá tài khoản nhân viên và phân quyền. Bạn chỉ có thể sửa hồ sơ của chính mình.",
        en: "Only managers may add, change or remove staff accounts and roles. You may edit your own profile only.",
      })
    )
  } catch (error) {
    next(error)
  }
}

/** The technician the calling admin user works as, or a 404 saying the account is not linked. */
export async function technicianOfRequest(req: AuthenticatedMedusaRequest) {
  const bookingService = req.scope.resolve<BookingModuleService>(BOOKING_MODULE)
  const [technician] = await bookingService.listTechnicians({ user_id: req.auth_context.actor_id }, { select: ["id", "name", "is_active"] })
  if (!technician) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      localized(staffLanguageOf(req), {
        vi: "Tài khoản của bạn chưa được liên kết với kỹ thuật viên nào; hãy nhờ quản lý chọn tài khoản này trong hồ sơ kỹ thuật viên.",
        en: "Your account is not linked to a technician; ask a manager to pick it on the technician's profile.",
      })
    )
  }
  return technician
}
