import { Text, toast } from "@medusajs/ui"
import { useState, type DragEvent } from "react"
import { addDays, weekdayOf } from "../../modules/booking/utils/time-zone"
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

/** Asks the server to move a booking; it decides whether that is possible and says why (in Vietnamese) when not. */
async function moveBooking(booking: AdminBooking, technicianId: string, startsAt: string, onMoved: () => void) {
  if (booking.technician.id === technicianId && startsAt === new Date(booking.starts_at).toISOString()) return
  try {
    await sdk.client.fetch(`/admin/bookings/${booking.id}/reassign`, {
      method: "POST",
      body: { technician_id: technicianId, starts_at: startsAt },
    })
    toast.success("Đã chuyển lịch hẹn", { description: `${localTimeOf(startsAt)} ngày ${localDateOf(startsAt).split("-").reverse().join("/")}` })
    onMoved()
  } catch (error) {
    toast.error("Không chuyển được lịch hẹn", { description: (error as Error).message })
  }
}

const isMovable = (booking: AdminBooking) => booking.status === "requested" || booking.status === "confirmed"

/**
 * Technicians down the side and the days of a week across the top; one day shows as an
 * hour scale per technician instead. Dragging a job to another cell moves it to that
 * technician and day at the same time of day.
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
    await moveBooking(booking, technicianId, instantOf(day, localTimeOf(booking.starts_at)), onMoved)
  }

  if (days.length === 1) {
    return <DayTimeline day={days[0]} technicians={technicians} bookings={bookings} onSelect={onSelect} onMoved={onMoved} />
  }

  return (
    // isolate: the sticky column's z-index stays inside the calendar, under drawers opened above it.
    <div className="isolate overflow-x-auto">
      <table className="w-full min-w-[760px] table-fixed border-collapse text-left">
        <thead>
          <tr>
            <th className="txt-compact-small-plus text-ui-fg-subtle bg-ui-bg-base sticky left-0 z-10 w-28 border-b px-3 py-2 md:w-44">Kỹ thuật viên</th>
            {days.map((day) => (
              <th key={day} className="txt-compact-small-plus text-ui-fg-subtle w-32 border-b border-l px-2 py-2 md:w-auto">
                {weekdayLabel.format(new Date(`${day}T00:00:00Z`))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {technicians.map((technician) => (
            <tr key={technician.id}>
              <td className="bg-ui-bg-base sticky left-0 z-10 border-b px-3 py-2 align-top">
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
                          draggable={isMovable(booking)}
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

const HOUR_HEIGHT = 56
const MINUTES_PER_DROP_CELL = 30

/** Hours to show on one day: 6:00–22:00, widened to the technicians' shifts and the day's jobs. */
function hourRange(day: string, technicians: Technician[], bookings: AdminBooking[]) {
  const weekday = weekdayOf(day)
  let first = 6
  let last = 22
  for (const technician of technicians) {
    for (const shift of technician.working_hours ?? []) {
      if (shift.weekday !== weekday) continue
      first = Math.min(first, Math.floor(shift.start_minute / 60))
      last = Math.max(last, Math.min(24, Math.ceil(shift.end_minute / 60)))
    }
    // A night shift of the day before runs into this morning.
    if ((technician.working_hours ?? []).some((shift) => shift.weekday === (weekday + 6) % 7 && shift.end_minute > 1440)) first = 0
  }
  for (const booking of bookings) {
    const [hour] = localTimeOf(booking.starts_at).split(":").map(Number)
    first = Math.min(first, hour)
    last = Math.max(last, Math.min(24, hour + Math.ceil(booking.service.duration_minutes / 60)))
  }
  return { first, last }
}

const minutesOfDay = (iso: string, day: string) => (Date.parse(iso) - Date.parse(instantOf(day, "00:00"))) / 60_000

/**
 * One day as an hour scale: a column per technician, a row per hour, each job drawn at its
 * time and as tall as it lasts. Dropping a job on a half-hour moves it there.
 */
const DayTimeline = ({
  day,
  technicians,
  bookings,
  onSelect,
  onMoved,
}: {
  day: string
  technicians: Technician[]
  bookings: AdminBooking[]
  onSelect: (booking: AdminBooking) => void
  onMoved: () => void
}) => {
  const [dropTarget, setDropTarget] = useState<string | null>(null)
  const dayBookings = bookings.filter((booking) => localDateOf(booking.starts_at) === day)
  const { first, last } = hourRange(day, technicians, dayBookings)
  const hours = Array.from({ length: last - first }, (_, index) => first + index)
  const cells = Array.from({ length: ((last - first) * 60) / MINUTES_PER_DROP_CELL }, (_, index) => first * 60 + index * MINUTES_PER_DROP_CELL)
  const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`

  const drop = async (event: DragEvent, technicianId: string, minute: number) => {
    event.preventDefault()
    setDropTarget(null)
    const booking = bookings.find((candidate) => candidate.id === event.dataTransfer.getData("text/booking-id"))
    if (booking) await moveBooking(booking, technicianId, instantOf(day, clock(minute)), onMoved)
  }

  if (!technicians.length) {
    return <Text size="small" className="text-ui-fg-subtle px-6 py-4">Không có kỹ thuật viên nào đang làm việc.</Text>
  }

  return (
    <div className="isolate overflow-x-auto" data-testid="day-timeline">
      <div className="grid min-w-full" style={{ gridTemplateColumns: `3.5rem repeat(${technicians.length}, minmax(9rem, 1fr))` }}>
        <div className="bg-ui-bg-base sticky left-0 z-20 border-b" />
        {technicians.map((technician) => (
          <div key={technician.id} className="border-b border-l px-2 py-2">
            <Text size="small" weight="plus" className="truncate">{technician.name}</Text>
          </div>
        ))}

        <div className="bg-ui-bg-base sticky left-0 z-20">
          {hours.map((hour) => (
            <div key={hour} style={{ height: HOUR_HEIGHT }} className="text-ui-fg-subtle txt-compact-xsmall border-b pr-2 pt-1 text-right">
              {String(hour).padStart(2, "0")}:00
            </div>
          ))}
        </div>
        {technicians.map((technician) => (
          <div key={technician.id} className="relative border-l" style={{ height: hours.length * HOUR_HEIGHT }}>
            {cells.map((minute) => {
              const key = `${technician.id}:${minute}`
              return (
                <div
                  key={key}
                  style={{ height: HOUR_HEIGHT / (60 / MINUTES_PER_DROP_CELL) }}
                  className={`${minute % 60 === 30 ? "border-b" : "border-b border-dashed border-ui-border-base/40"} ${dropTarget === key ? "bg-ui-bg-highlight" : ""}`}
                  onDragOver={(event) => {
                    event.preventDefault()
                    setDropTarget(key)
                  }}
                  onDragLeave={() => setDropTarget((current) => (current === key ? null : current))}
                  onDrop={(event) => drop(event, technician.id, minute)}
                />
              )
            })}
            {dayBookings
              .filter((booking) => booking.technician?.id === technician.id)
              .map((booking) => {
                const top = ((minutesOfDay(booking.starts_at, day) - first * 60) / 60) * HOUR_HEIGHT
                const height = Math.max(28, ((minutesOfDay(booking.ends_at, day) - minutesOfDay(booking.starts_at, day)) / 60) * HOUR_HEIGHT - 2)
                return (
                  <button
                    key={booking.id}
                    type="button"
                    draggable={isMovable(booking)}
                    onDragStart={(event) => event.dataTransfer.setData("text/booking-id", booking.id)}
                    onClick={() => onSelect(booking)}
                    data-booking-id={booking.id}
                    style={{ top, height }}
                    className={`absolute inset-x-1 overflow-hidden rounded-md border px-2 py-1 text-left ${CHIP_COLORS[STATUS_COLORS[booking.status]]}`}
                  >
                    <Text size="xsmall" weight="plus">
                      {localTimeOf(booking.starts_at)}–{localTimeOf(booking.ends_at)}
                    </Text>
                    <Text size="xsmall" className="truncate">{booking.service?.name}</Text>
                    <Text size="xsmall" className="text-ui-fg-subtle truncate">{customerName(booking)}</Text>
                  </button>
                )
              })}
          </div>
        ))}
      </div>
    </div>
  )
}
