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
  )
}
