import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Calendar } from "@medusajs/icons"
import { Button, Container, Heading, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { provinceName } from "../../../modules/booking/utils/provinces"
import { BookingStatusBadge } from "../../components/status-badge"
import { formatDate, sdk } from "../../lib/client"
import { customerName, localDateOf, localTimeOf, type AdminBooking } from "../../lib/bookings"

type MyJobs = { technician: { id: string; name: string }; from: string; to: string; bookings: AdminBooking[] }

const NEXT_STEP: Partial<Record<AdminBooking["status"], { status: "in_progress" | "completed"; label: string; done: string }>> = {
  confirmed: { status: "in_progress", label: "Bắt đầu làm", done: "Đã bắt đầu công việc" },
  in_progress: { status: "completed", label: "Hoàn thành", done: "Đã hoàn thành công việc" },
}

/** One job as a technician needs it in the field: when, where, who to call, and the next step. */
const JobCard = ({ booking }: { booking: AdminBooking }) => {
  const queryClient = useQueryClient()
  const [note, setNote] = useState("")
  const next = NEXT_STEP[booking.status]
  const advance = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/my-jobs/${booking.id}/status`, {
        method: "POST",
        body: { status: next!.status, ...(note.trim() && { note: note.trim() }) },
      }),
    onSuccess: () => {
      toast.success(next!.done)
      setNote("")
      queryClient.invalidateQueries({ queryKey: ["my-jobs"] })
    },
    onError: (error) => toast.error("Không cập nhật được", { description: (error as Error).message }),
  })
  const phone = booking.customer?.phone ?? booking.contact_phone
  const address = booking.address
    ? [booking.address.address_1, booking.address.ward, booking.address.city ?? (booking.province_code && provinceName(booking.province_code))].filter(Boolean).join(", ")
    : "Tại showroom"

  return (
    <li className="flex flex-col gap-y-2 px-4 py-4 md:px-6" data-booking-id={booking.id}>
      <div className="flex items-center justify-between gap-2">
        <Text weight="plus">
          {localTimeOf(booking.starts_at)}–{localTimeOf(booking.ends_at)} · {booking.service.name}
        </Text>
        <BookingStatusBadge status={booking.status} />
      </div>
      <Text size="small">{customerName(booking)}{phone && <> · <a className="text-ui-fg-interactive" href={`tel:${phone}`}>{phone}</a></>}</Text>
      <Text size="small" className="text-ui-fg-subtle">{address}</Text>
      {booking.notes && <Text size="small" className="text-ui-fg-subtle">Ghi chú: {booking.notes}</Text>}
      {next && (
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <Textarea
            className="flex-1"
            rows={2}
            placeholder={next.status === "completed" ? "Đã làm gì, thay linh kiện gì…" : "Ghi chú (không bắt buộc)"}
            aria-label="Ghi chú công việc"
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <Button size="base" isLoading={advance.isPending} onClick={() => advance.mutate()}>{next.label}</Button>
        </div>
      )}
    </li>
  )
}

/** "Lịch của tôi": the signed-in technician's jobs today and for the coming week. */
const MyJobsPage = () => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["my-jobs"],
    queryFn: () => sdk.client.fetch<MyJobs>("/admin/my-jobs"),
    retry: false,
  })
  const today = localDateOf(new Date())
  const days = new Map<string, AdminBooking[]>()
  for (const booking of data?.bookings ?? []) {
    const day = localDateOf(booking.starts_at)
    days.set(day, [...(days.get(day) ?? []), booking])
  }
  const todays = days.get(today) ?? []
  const later = [...days.entries()].filter(([day]) => day !== today)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-4 py-4 md:px-6">
          <Heading level="h1">Lịch của tôi</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {data ? `${data.technician.name} · hôm nay ${formatDate(`${today}T12:00:00+07:00`)} · giờ Việt Nam` : ""}
          </Text>
        </div>
        {isLoading && <Text className="px-6 py-4">Đang tải…</Text>}
        {error && <Text className="text-ui-fg-error px-6 py-4">{(error as Error).message}</Text>}
        {data && (
          <>
            <Heading level="h2" className="px-4 pt-4 md:px-6">Hôm nay</Heading>
            {todays.length === 0 && <Text size="small" className="text-ui-fg-subtle px-4 py-3 md:px-6">Hôm nay không có việc.</Text>}
            <ul className="divide-y">{todays.map((booking) => <JobCard key={booking.id} booking={booking} />)}</ul>
          </>
        )}
      </Container>
      {data && (
        <Container className="divide-y p-0">
          <Heading level="h2" className="px-4 py-4 md:px-6">Tuần này</Heading>
          {later.length === 0 && <Text size="small" className="text-ui-fg-subtle px-4 py-3 md:px-6">Không có việc trong những ngày tới.</Text>}
          {later.map(([day, bookings]) => (
            <div key={day}>
              <Text size="small" weight="plus" className="bg-ui-bg-subtle px-4 py-2 md:px-6">{formatDate(`${day}T12:00:00+07:00`)}</Text>
              <ul className="divide-y">{bookings.map((booking) => <JobCard key={booking.id} booking={booking} />)}</ul>
            </div>
          ))}
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Lịch của tôi", icon: Calendar })

export default MyJobsPage
