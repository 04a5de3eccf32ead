import { Table, Text } from "@medusajs/ui"
import { formatDate } from "../lib/client"
import { customerName, localTimeOf, type AdminBooking } from "../lib/bookings"
import { BookingStatusBadge } from "./status-badge"

/** Bookings as rows: used by the Bookings list and the customer and order widgets. */
export const BookingTable = ({
  bookings,
  onSelect,
  showCustomer = true,
}: {
  bookings: AdminBooking[]
  onSelect?: (booking: AdminBooking) => void
  showCustomer?: boolean
}) => {
  if (!bookings.length) {
    return <Text size="small" className="text-ui-fg-subtle px-6 py-4">Chưa có lịch hẹn nào.</Text>
  }
  return (
    <>
      {/* On a phone: one tappable card per booking instead of a table wider than the screen. */}
      <ul className="divide-y md:hidden">
        {bookings.map((booking) => (
          <li key={booking.id}>
            <button
              type="button"
              disabled={!onSelect}
              onClick={() => onSelect?.(booking)}
              data-booking-id={booking.id}
              className="flex w-full flex-col gap-y-1 px-4 py-3 text-left"
            >
              <div className="flex w-full items-center justify-between gap-2">
                <Text size="small" weight="plus">
                  {formatDate(booking.starts_at)} · {localTimeOf(booking.starts_at)}–{localTimeOf(booking.ends_at)}
                </Text>
                <BookingStatusBadge status={booking.status} />
              </div>
              <Text size="small">{booking.service?.name}</Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {[showCustomer && customerName(booking), booking.technician?.name].filter(Boolean).join(" · ")}
              </Text>
            </button>
          </li>
        ))}
      </ul>
      <div className="hidden md:block">
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Thời gian</Table.HeaderCell>
          <Table.HeaderCell>Dịch vụ</Table.HeaderCell>
          {showCustomer && <Table.HeaderCell>Khách hàng</Table.HeaderCell>}
          <Table.HeaderCell>Kỹ thuật viên</Table.HeaderCell>
          <Table.HeaderCell>Trạng thái</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {bookings.map((booking) => (
          <Table.Row
            key={booking.id}
            className={onSelect ? "cursor-pointer" : undefined}
            onClick={() => onSelect?.(booking)}
            data-booking-id={booking.id}
          >
            <Table.Cell>
              {formatDate(booking.starts_at)} · {localTimeOf(booking.starts_at)}–{localTimeOf(booking.ends_at)}
            </Table.Cell>
            <Table.Cell>{booking.service?.name}</Table.Cell>
            {showCustomer && <Table.Cell>{customerName(booking)}</Table.Cell>}
            <Table.Cell>{booking.technician?.name}</Table.Cell>
            <Table.Cell>
              <BookingStatusBadge status={booking.status} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
      </div>
    </>
  )
}
