import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { localized } from "@tailoc/shop-locale"
import { addDays, daysBetween, localTimeToUtc, SHOP_TIME_ZONE, utcToLocalDate } from "../../../modules/booking/utils/time-zone"
import { ADMIN_BOOKING_FIELDS, queryBookings } from "../../utils/bookings"
import { staffLanguageOf, technicianOfRequest } from "../../utils/staff-access"
import type { Infer, ListMyJobs } from "../../utils/validators"

const LONGEST_WINDOW_DAYS = 31

/** GET /admin/my-jobs: the calling technician's jobs from `from` to `to` (local days; today + 6 by default). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, Infer<typeof ListMyJobs>>, res: MedusaResponse) {
  const technician = await technicianOfRequest(req)
  const from = req.validatedQuery.from ?? utcToLocalDate(Date.now(), SHOP_TIME_ZONE)
  const to = req.validatedQuery.to ?? addDays(from, 6)
  const days = daysBetween(from, to)
  if (days < 0 || days >= LONGEST_WINDOW_DAYS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      localized(staffLanguageOf(req), {
        vi: `Khoảng ngày phải từ 1 đến ${LONGEST_WINDOW_DAYS} ngày, "to" không trước "from".`,
        en: `The range must cover 1 to ${LONGEST_WINDOW_DAYS} days, with "to" not before "from".`,
      })
    )
  }
  const { bookings } = await queryBookings(
    req.scope,
    ADMIN_BOOKING_FIELDS,
    {
      technician_id: technician.id,
      ends_at: { $gt: new Date(localTimeToUtc(from, 0, SHOP_TIME_ZONE)) },
      starts_at: { $lt: new Date(localTimeToUtc(addDays(to, 1), 0, SHOP_TIME_ZONE)) },
    },
    { take: 500, order: { starts_at: "ASC" } }
  )
  res.json({ technician, from, to, bookings })
}
