import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading } from "@medusajs/ui"
import { BookingTable } from "../components/booking-table"
import { useBookings } from "../lib/bookings"

const CustomerBookingsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { data } = useBookings({ customer_id: customer.id, limit: "50" })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Lịch hẹn dịch vụ</Heading>
      </div>
      <BookingTable bookings={data?.bookings ?? []} showCustomer={false} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerBookingsWidget
