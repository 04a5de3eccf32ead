import { StatusBadge } from "@medusajs/ui"
import { STATUS_COLORS, STATUS_LABELS, type BookingStatus } from "../lib/bookings"

export const BookingStatusBadge = ({ status }: { status: BookingStatus }) => (
  <StatusBadge color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</StatusBadge>
)
