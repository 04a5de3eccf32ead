import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { BookingDrawer } from "../components/booking-drawer"
import { BookingTable } from "../components/booking-table"
import { useBookings, useTechnicians, vietnameseName } from "../lib/bookings"

const CustomerBookingsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { data } = useBookings({ customer_id: customer.id, limit: "50" })
  const { data: staff } = useTechnicians()
  const [selected, setSelected] = useState<string>()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Lịch hẹn dịch vụ</Heading>
        {/* Medusa's own header reads "An Nguyễn Văn"; staff know the customer as "Nguyễn Văn An". */}
        <Text size="small" className="text-ui-fg-subtle">{vietnameseName(customer)}</Text>
      </div>
      <BookingTable bookings={data?.bookings ?? []} showCustomer={false} onSelect={(booking) => setSelected(booking.id)} />
      <BookingDrawer bookingId={selected} technicians={staff?.technicians ?? []} onClose={() => setSelected(undefined)} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerBookingsWidget
