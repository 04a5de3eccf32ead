import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading } from "@medusajs/ui"
import { useState } from "react"
import { BookingDrawer } from "../components/booking-drawer"
import { BookingTable } from "../components/booking-table"
import { useBookings, useTechnicians } from "../lib/bookings"

const OrderBookingsWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data } = useBookings({ order_id: order.id, limit: "50" })
  const { data: staff } = useTechnicians()
  const [selected, setSelected] = useState<string>()
  if (!data?.bookings.length) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Lịch hẹn của đơn hàng</Heading>
      </div>
      <BookingTable bookings={data.bookings} onSelect={(booking) => setSelected(booking.id)} />
      <BookingDrawer bookingId={selected} technicians={staff?.technicians ?? []} onClose={() => setSelected(undefined)} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderBookingsWidget

