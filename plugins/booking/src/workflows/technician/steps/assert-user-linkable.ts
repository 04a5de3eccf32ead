import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopLanguage } from "@tailoc/shop-locale"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { TechnicianErrors } from "../../../modules/booking/utils/messages"

export type AssertUserLinkableInput = { user_id?: string | null; technician_id?: string; language?: ShopLanguage }

/**
 * The admin user a technician logs in as must exist and be nobody else's: "Lịch của tôi"
 * finds the technician by their user. Reads only; nothing to undo.
 */
export const assertUserLinkableStep = createStep(
  "assert-technician-user-linkable",
  async ({ user_id, technician_id, language = "en" }: AssertUserLinkableInput, { container }) => {
    if (!user_id) return new StepResponse(undefined)
    const [user] = await container.resolve(Modules.USER).listUsers({ id: user_id }, { select: ["id"] })
    if (!user) throw TechnicianErrors.userNotFound(language)
    const bookingService: BookingModuleService = container.resolve(BOOKING_MODULE)
    const [other] = await bookingService.listTechnicians({ user_id }, { select: ["id", "name"] })
    if (other && other.id !== technician_id) throw TechnicianErrors.userAlreadyLinked(language, other.name)
    return new StepResponse(undefined)
  }
)
