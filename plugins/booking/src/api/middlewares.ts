import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminAddTimeOff,
  AdminCreateBooking,
  AdminCreateServiceOffering,
  AdminCreateTechnician,
  AdminListBookings,
  AdminUpdateServiceOffering,
  AdminUpdateTechnician,
  CancelBooking,
  ChangeBookingStatus,
  ChangeMyJobStatus,
  ListMyJobs,
  ReassignBooking,
  RescheduleBooking,
  SetStaffRole,
  StoreCreateBooking,
  StoreGetAvailability,
  StoreListBookings,
} from "./utils/validators"
import { allowRoles, guardUserWrites } from "./utils/staff-access"

const customerOnly = authenticate("customer", ["session", "bearer"])
/** Planning work: bookings, technicians and services. Technicians use /admin/my-jobs. */
const staffOnly = allowRoles("manager", "staff")

export default defineMiddlewares({
  routes: [
    { matcher: "/store/booking-services/:id/availability", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetAvailability, {})] },
    { matcher: "/store/bookings*", middlewares: [customerOnly] },
    { matcher: "/store/bookings", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListBookings, {})] },
    { matcher: "/store/bookings", methods: ["POST"], middlewares: [validateAndTransformBody(StoreCreateBooking)] },
    { matcher: "/store/bookings/:id/reschedule", methods: ["POST"], middlewares: [validateAndTransformBody(RescheduleBooking)] },
    { matcher: "/store/bookings/:id/cancel", methods: ["POST"], middlewares: [validateAndTransformBody(CancelBooking)] },

    // Role checks run before validation (wildcards sort first), so a refused caller learns nothing of the body rules.
    { matcher: "/admin/bookings*", middlewares: [staffOnly] },
    { matcher: "/admin/technicians*", middlewares: [staffOnly] },
    { matcher: "/admin/booking-services*", middlewares: [staffOnly] },
    { matcher: "/admin/staff-roles", methods: ["GET"], middlewares: [staffOnly] },
    { matcher: "/admin/staff-roles/:user_id", methods: ["POST"], middlewares: [allowRoles("manager"), validateAndTransformBody(SetStaffRole)] },
    { matcher: "/admin/my-jobs", methods: ["GET"], middlewares: [validateAndTransformQuery(ListMyJobs, {})] },
    { matcher: "/admin/my-jobs/:id/status", methods: ["POST"], middlewares: [validateAndTransformBody(ChangeMyJobStatus)] },
    // Medusa's user and invite routes would let anyone rewrite metadata.role; see guardUserWrites.
    { matcher: "/admin/users", methods: ["POST"], middlewares: [guardUserWrites] },
    { matcher: "/admin/users/:id", methods: ["POST", "DELETE"], middlewares: [guardUserWrites] },
    { matcher: "/admin/invites", methods: ["POST"], middlewares: [allowRoles("manager")] },
    { matcher: "/admin/invites/:id", methods: ["DELETE"], middlewares: [allowRoles("manager")] },
    { matcher: "/admin/invites/:id/resend", methods: ["POST"], middlewares: [allowRoles("manager")] },

    { matcher: "/admin/bookings", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListBookings, {})] },
    { matcher: "/admin/bookings", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateBooking)] },
    { matcher: "/admin/bookings/:id/reschedule", methods: ["POST"], middlewares: [validateAndTransformBody(RescheduleBooking)] },
    { matcher: "/admin/bookings/:id/reassign", methods: ["POST"], middlewares: [validateAndTransformBody(ReassignBooking)] },
    { matcher: "/admin/bookings/:id/status", methods: ["POST"], middlewares: [validateAndTransformBody(ChangeBookingStatus)] },
    { matcher: "/admin/bookings/:id/cancel", methods: ["POST"], middlewares: [validateAndTransformBody(CancelBooking)] },
    { matcher: "/admin/technicians", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateTechnician)] },
    { matcher: "/admin/technicians/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateTechnician)] },
    { matcher: "/admin/technicians/:id/time-off", methods: ["POST"], middlewares: [validateAndTransformBody(AdminAddTimeOff)] },
    { matcher: "/admin/booking-services", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateServiceOffering)] },
    { matcher: "/admin/booking-services/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateServiceOffering)] },
    { matcher: "/admin/booking-services/:id/availability", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetAvailability, {})] },
  ],
})
