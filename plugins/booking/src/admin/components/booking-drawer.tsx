import { Button, Drawer, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { formatDate } from "../lib/client"
import {
  customerName,
  instantOf,
  localDateOf,
  localTimeOf,
  NEXT_STATUSES,
  STATUS_LABELS,
  useBooking,
  useBookingAction,
  type BookingStatus,
  type Technician,
} from "../lib/bookings"
import { BookingStatusBadge } from "./status-badge"

const ACTIONS: Record<string, string> = {
  created: "Tạo lịch hẹn",
  rescheduled: "Đổi giờ",
  reassigned: "Đổi kỹ thuật viên",
  status_changed: "Đổi trạng thái",
  cancelled: "Huỷ",
  attached_to_order: "Gắn với đơn hàng",
}
const ACTORS: Record<string, string> = { customer: "khách hàng", user: "nhân viên", system: "hệ thống" }
const stamp = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" })

/** One booking: its details, the actions its status allows, and a form to move it. */
export const BookingDrawer = ({
  bookingId,
  technicians,
  onClose,
}: {
  bookingId?: string
  technicians: Technician[]
  onClose: () => void
}) => {
  const { data } = useBooking(bookingId)
  const booking = data?.booking
  const action = useBookingAction(bookingId ?? "")
  const [technicianId, setTechnicianId] = useState("")
  const [date, setDate] = useState("")
  const [time, setTime] = useState("")

  useEffect(() => {
    if (!booking) return
    setTechnicianId(booking.technician.id)
    setDate(localDateOf(booking.starts_at))
    setTime(localTimeOf(booking.starts_at))
  }, [booking?.id, booking?.starts_at, booking?.technician.id])

  const run = async (name: "status" | "reassign", body: Record<string, unknown>, success: string) => {
    try {
      await action.mutateAsync({ action: name, body })
      toast.success(success)
    } catch (error) {
      toast.error("Không thực hiện được", { description: (error as Error).message })
    }
  }

  const open = booking && (booking.status === "requested" || booking.status === "confirmed")

  return (
    <Drawer open={Boolean(bookingId)} onOpenChange={(isOpen) => !isOpen && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Lịch hẹn</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {!booking && <Text>Đang tải…</Text>}
          {booking && (
            <>
              <div className="flex flex-col gap-y-2">
                <div className="flex items-center justify-between">
                  <Heading level="h2">{booking.service.name}</Heading>
                  <BookingStatusBadge status={booking.status} />
                </div>
                <Text size="small">
                  {formatDate(booking.starts_at)} · {localTimeOf(booking.starts_at)}–{localTimeOf(booking.ends_at)} (giờ Việt Nam)
                </Text>
                <Text size="small">Khách hàng: {customerName(booking)} {booking.customer?.phone ?? booking.contact_phone ?? ""}</Text>
                {booking.address && (
                  <Text size="small">Địa chỉ: {[booking.address.address_1, booking.address.ward, booking.address.city].filter(Boolean).join(", ")}</Text>
                )}
                <Text size="small">Kỹ thuật viên: {booking.technician.name}</Text>
                {booking.notes && <Text size="small" className="text-ui-fg-subtle">Ghi chú: {booking.notes}</Text>}
              </div>

              {NEXT_STATUSES[booking.status].length > 0 && (
                <div className="flex flex-wrap gap-2">
                  {NEXT_STATUSES[booking.status].map((status: BookingStatus) => (
                    <Button
                      key={status}
                      size="small"
                      variant={status === "cancelled" || status === "no_show" ? "danger" : "secondary"}
                      isLoading={action.isPending}
                      onClick={() => run("status", { status }, `Đã chuyển sang "${STATUS_LABELS[status]}"`)}
                    >
                      {STATUS_LABELS[status]}
                    </Button>
                  ))}
                </div>
              )}

              {open && (
                <div className="flex flex-col gap-y-3 rounded-lg border p-4">
                  <Heading level="h3">Đổi lịch hoặc kỹ thuật viên</Heading>
                  <div className="flex flex-col gap-y-1">
                    <Label size="small">Kỹ thuật viên</Label>
                    <Select value={technicianId} onValueChange={setTechnicianId}>
                      <Select.Trigger>
                        <Select.Value />
                      </Select.Trigger>
                      <Select.Content>
                        {technicians.map((technician) => (
                          <Select.Item key={technician.id} value={technician.id}>
                            {technician.name}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                  </div>
                  <div className="grid grid-cols-2 gap-2">
                    <div className="flex flex-col gap-y-1">
                      <Label size="small">Ngày</Label>
                      <Input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
                    </div>
                    <div className="flex flex-col gap-y-1">
                      <Label size="small">Giờ bắt đầu</Label>
                      <Input type="time" step={1800} value={time} onChange={(event) => setTime(event.target.value)} />
                    </div>
                  </div>
                  <Button
                    size="small"
                    isLoading={action.isPending}
                    onClick={() => run("reassign", { technician_id: technicianId, starts_at: instantOf(date, time) }, "Đã cập nhật lịch hẹn")}
                  >
                    Lưu thay đổi
                  </Button>
                </div>
              )}

              <div className="flex flex-col gap-y-2">
                <Heading level="h3">Lịch sử</Heading>
                {(booking.history ?? []).map((entry) => (
                  <Text key={entry.id} size="small" className="text-ui-fg-subtle">
                    {stamp.format(new Date(entry.created_at))} — {ACTIONS[entry.action] ?? entry.action}
                    {entry.to_status ? ` → ${STATUS_LABELS[entry.to_status as BookingStatus] ?? entry.to_status}` : ""} ({ACTORS[entry.actor_type]})
                  </Text>
                ))}
              </div>
            </>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
