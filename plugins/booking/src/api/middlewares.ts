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
  ReassignBooking,
  RescheduleBooking,
  StoreCreateBooking,
  StoreGetAvailability,
  StoreListBookings,
} from "./utils/validators"

const customerOnly = authenticate("customer", ["session", "bearer"])

export default defineMiddlewares({
  routes: [
    { matcher: "/store/booking-services/:id/availability", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetAvailability, {})] },
    { matcher: "/store/bookings*", middlewares: [customerOnly] },
    { matcher: "/store/bookings", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreListBookings, {})] },
    { matcher: "/store/bookings", methods: ["POST"], middlewares: [validateAndTransformBody(StoreCreateBooking)] },
    { matcher: "/store/bookings/:id/reschedule", methods: ["POST"], middlewares: [validateAndTransformBody(RescheduleBooking)] },
    { matcher: "/store/bookings/:id/cancel", methods: ["POST"], middlewares: [validateAndTransformBody(CancelBooking)] },

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
