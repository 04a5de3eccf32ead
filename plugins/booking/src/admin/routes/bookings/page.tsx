import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid } from "@medusajs/icons"
import { Button, Container, Heading, Select, Tabs, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { addDays } from "../../../modules/booking/utils/time-zone"
import { BookingCalendar, weekDays } from "../../components/booking-calendar"
import { BookingCreateDrawer } from "../../components/booking-create-drawer"
import { BookingDrawer } from "../../components/booking-drawer"
import { BookingTable } from "../../components/booking-table"
import {
  instantOf,
  localDateOf,
  mondayOf,
  STATUS_LABELS,
  useBookings,
  useTechnicians,
  type BookingStatus,
} from "../../lib/bookings"

type View = "week" | "day" | "list"
const ALL = "all"

const BookingsPage = () => {
  const [view, setView] = useState<View>("week")
  const [anchor, setAnchor] = useState(localDateOf(new Date()))
  const [status, setStatus] = useState<string>(ALL)
  const [technicianId, setTechnicianId] = useState<string>(ALL)
  const [selected, setSelected] = useState<string>()
  const [creating, setCreating] = useState(false)

  const days = useMemo(() => (view === "day" ? [anchor] : weekDays(mondayOf(anchor))), [view, anchor])
  const { data: staff } = useTechnicians()
  const { data, isLoading, error, refetch } = useBookings({
    from: instantOf(days[0], "00:00"),
    to: instantOf(addDays(days[days.length - 1], 1), "00:00"),
    status: status === ALL ? undefined : status,
    technician_id: technicianId === ALL ? undefined : technicianId,
    limit: "500",
  })

  const technicians = (staff?.technicians ?? []).filter(
    (technician) => technician.is_active && (technicianId === ALL || technician.id === technicianId)
  )
  const step = view === "day" ? 1 : 7

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-4 md:px-6">
        <div>
          <Heading level="h1">Lịch hẹn dịch vụ</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {days[0]}
            {days.length > 1 ? ` → ${days[days.length - 1]}` : ""} · giờ Việt Nam · {data?.count ?? 0} lịch hẹn
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button size="small" onClick={() => setCreating(true)}>Tạo lịch hẹn</Button>
          <Button size="small" variant="secondary" onClick={() => setAnchor(addDays(anchor, -step))}>‹</Button>
          <Button size="small" variant="secondary" onClick={() => setAnchor(localDateOf(new Date()))}>Hôm nay</Button>
          <Button size="small" variant="secondary" onClick={() => setAnchor(addDays(anchor, step))}>›</Button>
          <Select size="small" value={status} onValueChange={setStatus}>
            <Select.Trigger className="w-36 md:w-40" aria-label="Trạng thái"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Mọi trạng thái</Select.Item>
              {(Object.keys(STATUS_LABELS) as BookingStatus[]).map((value) => (
                <Select.Item key={value} value={value}>{STATUS_LABELS[value]}</Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select size="small" value={technicianId} onValueChange={setTechnicianId}>
            <Select.Trigger className="w-40 md:w-44" aria-label="Kỹ thuật viên"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Mọi kỹ thuật viên</Select.Item>
              {(staff?.technicians ?? []).map((technician) => (
                <Select.Item key={technician.id} value={technician.id}>{technician.name}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <Tabs value={view} onValueChange={(value) => setView(value as View)}>
        <div className="px-4 py-3 md:px-6">
          <Tabs.List>
            <Tabs.Trigger value="week">Tuần</Tabs.Trigger>
            <Tabs.Trigger value="day">Ngày</Tabs.Trigger>
            <Tabs.Trigger value="list">Danh sách</Tabs.Trigger>
          </Tabs.List>
        </div>
        {isLoading && <Text className="px-6 py-4">Đang tải…</Text>}
        {error && <Text className="text-ui-fg-error px-6 py-4">Không tải được lịch hẹn: {(error as Error).message}</Text>}
        {data && view !== "list" && (
          <BookingCalendar
            days={days}
            technicians={technicians}
            bookings={data.bookings}
            onSelect={(booking) => setSelected(booking.id)}
            onMoved={() => refetch()}
          />
        )}
        {data && view === "list" && <BookingTable bookings={data.bookings} onSelect={(booking) => setSelected(booking.id)} />}
      </Tabs>
      <BookingCreateDrawer open={creating} onClose={() => setCreating(false)} technicians={staff?.technicians ?? []} />
      <BookingDrawer bookingId={selected} technicians={staff?.technicians ?? []} onClose={() => setSelected(undefined)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Lịch hẹn", icon: CalendarSolid })

export default BookingsPage
