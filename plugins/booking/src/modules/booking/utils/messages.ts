import { MedusaError } from "@medusajs/framework/utils"
import { formatShopDateTime, localized, type ShopLanguage } from "@tailoc/shop-locale"
import { CUSTOMER_ALREADY_BOOKED, LIVE_BOOKING_LIMIT, SLOT_UNAVAILABLE } from "./conflicts"
import type { BookingStatus } from "./rules"

const STATUS_NAMES: Record<BookingStatus, { vi: string; en: string }> = {
  requested: { vi: "chờ xác nhận", en: "requested" },
  confirmed: { vi: "đã xác nhận", en: "confirmed" },
  in_progress: { vi: "đang thực hiện", en: "in_progress" },
  completed: { vi: "đã hoàn thành", en: "completed" },
  cancelled: { vi: "đã huỷ", en: "cancelled" },
  no_show: { vi: "khách vắng mặt", en: "no_show" },
}

const statusName = (language: ShopLanguage, status: BookingStatus) => localized(language, STATUS_NAMES[status])
const when = (language: ShopLanguage, at: Date | string) => formatShopDateTime(at, language)
const error = (type: string, language: ShopLanguage, texts: { vi: string; en: string }, code?: string) =>
  new MedusaError(type, localized(language, texts), code)

/**
 * Booking errors people read: Vietnamese unless the caller asked for English, times in the
 * shop's local time, no internal ids. Routes pass the caller's language (Vietnamese unless
 * they prefer English); internal callers get English.
 */
export const BookingErrors = {
  serviceNotFound: (language: ShopLanguage) =>
    error(MedusaError.Types.NOT_FOUND, language, {
      vi: "Dịch vụ này không tồn tại.",
      en: "This service does not exist.",
    }),

  serviceInactive: (language: ShopLanguage, service: string) =>
    error(MedusaError.Types.NOT_ALLOWED, language, {
      vi: `Dịch vụ ${service} hiện tạm ngừng nhận lịch.`,
      en: `${service} is not offered at the moment.`,
    }),

  addressRequired: (language: ShopLanguage, service: string) =>
    error(MedusaError.Types.INVALID_DATA, language, {
      vi: `${service} được thực hiện tại nhà khách: vui lòng nhập địa chỉ và mã tỉnh/thành province_code (ví dụ vn-sg).`,
      en: `${service} is done at the customer's place: give the address and its province_code (e.g. vn-sg).`,
    }),

  technicianChoiceNotAllowed: (language: ShopLanguage, service: string) =>
    error(MedusaError.Types.NOT_ALLOWED, language, {
      vi: `Với dịch vụ ${service}, cửa hàng sẽ phân công kỹ thuật viên phù hợp; vui lòng không gửi technician_id.`,
      en: `The shop assigns the technician for ${service}; leave technician_id out.`,
    }),

  tooSoon: (language: ShopLanguage, minutes: number, startsAt: Date) =>
    error(MedusaError.Types.INVALID_DATA, language, {
      vi: `Lịch hẹn phải bắt đầu sau thời điểm hiện tại ít nhất ${minutes} phút (bạn chọn ${when("vi", startsAt)}).`,
      en: `A booking must start at least ${minutes} minutes from now (asked for ${when("en", startsAt)}).`,
    }),

  notBookable: (language: ShopLanguage, service: string, startsAt: Date, gridMinutes: number) =>
    error(MedusaError.Types.INVALID_DATA, language, {
      vi: `${when("vi", startsAt)} không phải giờ đặt được cho dịch vụ ${service}: ngoài giờ làm việc, không theo bước ${gridMinutes} phút, hoặc không có kỹ thuật viên phù hợp phục vụ khu vực này.`,
      en: `${when("en", startsAt)} is not a bookable time for ${service}: it is outside working hours, off the ${gridMinutes}-minute grid, or no qualified technician serves that area.`,
    }),

  slotTaken: (language: ShopLanguage, startsAt?: Date | string) =>
    error(
      MedusaError.Types.CONFLICT,
      language,
      startsAt
        ? {
            vi: `Khung giờ ${when("vi", startsAt)} đã có người đặt. Vui lòng chọn giờ khác.`,
            en: `${when("en", startsAt)} is already taken. Please choose another slot.`,
          }
        : {
            vi: "Khung giờ này vừa có người đặt. Vui lòng chọn giờ khác.",
            en: "This time was just taken. Please choose another slot.",
          },
      SLOT_UNAVAILABLE
    ),

  customerAlreadyBooked: (language: ShopLanguage, startsAt?: Date | string) =>
    error(
      MedusaError.Types.CONFLICT,
      language,
      {
        vi: `Bạn đã có một lịch hẹn trùng giờ${startsAt ? ` với ${when("vi", startsAt)}` : ""}. Vui lòng chọn giờ khác hoặc huỷ lịch hẹn kia trước.`,
        en: `You already have a booking that overlaps${startsAt ? ` ${when("en", startsAt)}` : " this time"}. Choose another time or cancel that booking first.`,
      },
      CUSTOMER_ALREADY_BOOKED
    ),

  liveBookingLimit: (language: ShopLanguage, limit: number) =>
    error(
      MedusaError.Types.CONFLICT,
      language,
      {
        vi: `Bạn đang có ${limit} lịch hẹn sắp tới, mức tối đa cho mỗi tài khoản. Vui lòng huỷ bớt hoặc chờ hoàn thành một lịch hẹn rồi đặt thêm.`,
        en: `You already have ${limit} upcoming bookings, the most one account may hold. Cancel one, or book again once one is done.`,
      },
      LIVE_BOOKING_LIMIT
    ),

  idempotencyKeyReused: (language: ShopLanguage) =>
    error(MedusaError.Types.DUPLICATE_ERROR, language, {
      vi: "Idempotency-Key này đã được dùng cho một yêu cầu đặt lịch khác. Hãy dùng khoá mới cho yêu cầu mới.",
      en: "This Idempotency-Key was already used for a different booking request. Send a new key with a new request.",
    }),

  bookingNotFound: (language: ShopLanguage) =>
    error(MedusaError.Types.NOT_FOUND, language, {
      vi: "Không tìm thấy lịch hẹn này.",
      en: "This booking was not found.",
    }),

  notOpen: (language: ShopLanguage, status: BookingStatus) =>
    error(MedusaError.Types.NOT_ALLOWED, language, {
      vi: `Lịch hẹn đang ở trạng thái "${statusName("vi", status)}" nên không thể thay đổi nữa.`,
      en: `This booking is ${status} and can no longer be changed.`,
    }),

  transition: (language: ShopLanguage, from: BookingStatus, to: BookingStatus, allowed: BookingStatus[]) =>
    error(MedusaError.Types.NOT_ALLOWED, language, {
      vi: `Lịch hẹn đang ở trạng thái "${statusName("vi", from)}" nên không thể chuyển sang "${statusName("vi", to)}"; ${
        allowed.length ? `chỉ có thể chuyển sang ${allowed.map((status) => `"${statusName("vi", status)}"`).join(", ")}` : "đây là trạng thái cuối"
      }.`,
      en: `This booking is ${from} and cannot become ${to}; from ${from} it can become ${allowed.length ? allowed.join(", ") : "nothing (it is final)"}.`,
    }),

  changeWindowClosed: (language: ShopLanguage, windowHours: number) =>
    error(MedusaError.Types.NOT_ALLOWED, language, {
      vi: `Lịch hẹn bắt đầu trong vòng chưa đầy ${windowHours} giờ nên không thể đổi hoặc huỷ trực tuyến; vui lòng gọi cửa hàng.`,
      en: `This booking starts in less than ${windowHours} hours and can no longer be changed online; please call the shop.`,
    }),

  notYourJob: (language: ShopLanguage) =>
    error(MedusaError.Types.FORBIDDEN, language, {
      vi: "Lịch hẹn này không được giao cho bạn; bạn chỉ cập nhật được công việc của chính mình.",
      en: "This booking is not assigned to you; you can only update your own jobs.",
    }),

  customerNotFound: (language: ShopLanguage) =>
    error(MedusaError.Types.NOT_FOUND, language, {
      vi: "Không tìm thấy khách hàng này; hãy tìm lại theo số điện thoại hoặc e-mail, hoặc tạo khách hàng mới.",
      en: "This customer was not found; search again by phone or e-mail, or create the customer.",
    }),

  customersOnlyCancel: (language: ShopLanguage) =>
    error(MedusaError.Types.NOT_ALLOWED, language, {
      vi: "Khách hàng chỉ có thể huỷ lịch hẹn.",
      en: "Customers can only cancel their bookings.",
    }),
}

/** Errors staff read on the technician pages. */
export const TechnicianErrors = {
  notFound: (language: ShopLanguage) =>
    error(MedusaError.Types.NOT_FOUND, language, {
      vi: "Không tìm thấy kỹ thuật viên này.",
      en: "This technician was not found.",
    }),

  /** Their bookings keep naming them, so a technician with a record is deactivated, not deleted. */
  hasBookings: (language: ShopLanguage, name: string, total: number, upcoming: number) =>
    error(MedusaError.Types.NOT_ALLOWED, language, {
      vi: `Không thể xoá ${name} vì đã có ${total} lịch hẹn${upcoming ? ` (${upcoming} lịch sắp tới, hãy chuyển cho người khác trước)` : ""}. Hãy chuyển sang "Tạm nghỉ" (is_active: false) để không nhận lịch mới mà vẫn giữ lịch sử.`,
      en: `${name} cannot be deleted: they have ${total} bookings${upcoming ? ` (${upcoming} upcoming; reassign those first)` : ""}. Deactivate them instead (is_active: false): no new bookings, history kept.`,
    }),

  userNotFound: (language: ShopLanguage) =>
    error(MedusaError.Types.NOT_FOUND, language, {
      vi: "Không tìm thấy tài khoản quản trị được chọn để liên kết.",
      en: "The admin user to link was not found.",
    }),

  userAlreadyLinked: (language: ShopLanguage, otherName: string) =>
    error(MedusaError.Types.INVALID_DATA, language, {
      vi: `Tài khoản này đã liên kết với kỹ thuật viên ${otherName}; mỗi tài khoản chỉ gắn với một kỹ thuật viên.`,
      en: `This user is already linked to the technician ${otherName}; a user belongs to one technician only.`,
    }),
}
