import { Text, toast } from "@medusajs/ui"
import { useState, type DragEvent } from "react"
import { addDays } from "../../modules/booking/utils/time-zone"
import { sdk } from "../lib/client"
import {
  customerName,
  instantOf,
  localDateOf,
  localTimeOf,
  STATUS_COLORS,
  type AdminBooking,
  type Technician,
} from "../lib/bookings"

const CHIP_COLORS: Record<string, string> = {
  orange: "border-ui-tag-orange-border bg-ui-tag-orange-bg",
  blue: "border-ui-tag-blue-border bg-ui-tag-blue-bg",
  purple: "border-ui-tag-purple-border bg-ui-tag-purple-bg",
  green: "border-ui-tag-green-border bg-ui-tag-green-bg",
  grey: "border-ui-tag-neutral-border bg-ui-tag-neutral-bg opacity-60",
  red: "border-ui-tag-red-border bg-ui-tag-red-bg",
}

const weekdayLabel = new Intl.DateTimeFormat("vi-VN", { weekday: "short", day: "2-digit", month: "2-digit", timeZone: "UTC" })

/**
 * Technicians down the side, days (week view) or one day across the top. Dragging a job
 * to another cell moves it to that technician and day at the same time of day; the
 * server decides whether that is possible and says why when it is not.
 */
export const BookingCalendar = ({
  days,
  technicians,
  bookings,
  onSelect,
  onMoved,
}: {
  days: string[]
  technicians: Technician[]
  bookings: AdminBooking[]
  onSelect: (booking: AdminBooking) => void
  onMoved: () => void
}) => {
  const [dropTarget, setDropTarget] = useState<string | null>(null)

  const cellBookings = (technicianId: string, day: string) =>
    bookings
      .filter((booking) => booking.technician?.id === technicianId && localDateOf(booking.starts_at) === day)
      .sort((a, b) => a.starts_at.localeCompare(b.starts_at))

  const drop = async (event: DragEvent, technicianId: string, day: string) => {
    event.preventDefault()
    setDropTarget(null)
    const booking = bookings.find((candidate) => candidate.id === event.dataTransfer.getData("text/booking-id"))
    if (!booking) return
    const startsAt = instantOf(day, localTimeOf(booking.starts_at))
    if (booking.technician.id === technicianId && startsAt === new Date(booking.starts_at).toISOString()) return
    try {
      await sdk.client.fetch(`/admin/bookings/${booking.id}/reassign`, {
        method: "POST",
        body: { technician_id: technicianId, starts_at: startsAt },
      })
      toast.success("Đã chuyển lịch hẹn")
      onMoved()
    } catch (error) {
      toast.error("Không chuyển được lịch hẹn", { description: (error as Error).message })
    }
  }

  return (
    <div className="overflow-x-auto">
      <table className="w-full table-fixed border-collapse text-left">
        <thead>
          <tr>
            <th className="txt-compact-small-plus text-ui-fg-subtle w-44 border-b px-3 py-2">Kỹ thuật viên</th>
            {days.map((day) => (
              <th key={day} className="txt-compact-small-plus text-ui-fg-subtle border-b border-l px-2 py-2">
                {weekdayLabel.format(new Date(`${day}T00:00:00Z`))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {technicians.map((technician) => (
            <tr key={technician.id}>
              <td className="border-b px-3 py-2 align-top">
                <Text size="small" weight="plus">{technician.name}</Text>
              </td>
              {days.map((day) => {
                const key = `${technician.id}:${day}`
                return (
                  <td
                    key={key}
                    className={`border-b border-l p-1 align-top ${dropTarget === key ? "bg-ui-bg-highlight" : ""}`}
                    onDragOver={(event) => {
                      event.preventDefault()
                      setDropTarget(key)
                    }}
                    onDragLeave={() => setDropTarget((current) => (current === key ? null : current))}
                    onDrop={(event) => drop(event, technician.id, day)}
                  >
                    <div className="flex min-h-[48px] flex-col gap-1">
                      {cellBookings(technician.id, day).map((booking) => (
                        <button
                          key={booking.id}
                          type="button"
                          draggable={booking.status === "requested" || booking.status === "confirmed"}
                          onDragStart={(event) => event.dataTransfer.setData("text/booking-id", booking.id)}
                          onClick={() => onSelect(booking)}
                          data-booking-id={booking.id}
                          className={`rounded-md border px-2 py-1 text-left ${CHIP_COLORS[STATUS_COLORS[booking.status]]}`}
                        >
                          <Text size="xsmall" weight="plus">
                            {localTimeOf(booking.starts_at)}–{localTimeOf(booking.ends_at)}
                          </Text>
                          <Text size="xsmall" className="truncate">{booking.service?.name}</Text>
                          <Text size="xsmall" className="text-ui-fg-subtle truncate">{customerName(booking)}</Text>
                        </button>
                      ))}
                    </div>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export const weekDays = (monday: string) => Array.from({ length: 7 }, (_, index) => addDays(monday, index))
