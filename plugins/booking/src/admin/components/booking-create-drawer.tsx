import { Button, Drawer, Heading, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { provinceName } from "../../modules/booking/utils/provinces"
import { addDays } from "../../modules/booking/utils/time-zone"
import { formatVnd, sdk } from "../lib/client"
import { localDateOf, localTimeOf, useBookingServices, vietnameseName, type Technician } from "../lib/bookings"
import { isVietnamesePhone, normalizePhone } from "../../modules/booking/utils/phone"

type Customer = { id: string; email: string | null; first_name: string | null; last_name: string | null; phone: string | null }
type Slot = { starts_at: string; ends_at: string; technician_ids: string[] }

const DAYS_AHEAD = 14
const AUTO = "auto"
const dayLabel = new Intl.DateTimeFormat("vi-VN", { weekday: "short", day: "2-digit", month: "2-digit", timeZone: "UTC" })

/** Staff book for a caller: find or create the customer, pick the service, address and a free slot. */
export const BookingCreateDrawer = ({ open, onClose, technicians }: { open: boolean; onClose: () => void; technicians: Technician[] }) => {
  const queryClient = useQueryClient()
  const { data: servicesData } = useBookingServices()
  const services = (servicesData?.booking_services ?? []).filter((service) => service.is_active)

  const [search, setSearch] = useState("")
  const [submittedSearch, setSubmittedSearch] = useState("")
  const [customer, setCustomer] = useState<Customer | null>(null)
  const [isNewCustomer, setIsNewCustomer] = useState(false)
  const [newCustomer, setNewCustomer] = useState({ last_name: "", first_name: "", phone: "", email: "" })
  const [serviceId, setServiceId] = useState("")
  const [provinceCode, setProvinceCode] = useState("")
  const [street, setStreet] = useState("")
  const [ward, setWard] = useState("")
  const [day, setDay] = useState("")
  const [slot, setSlot] = useState<Slot | null>(null)
  const [technicianId, setTechnicianId] = useState(AUTO)
  const [notes, setNotes] = useState("")

  const service = services.find((candidate) => candidate.id === serviceId)
  const today = localDateOf(new Date())

  const { data: found, isFetching: searching } = useQuery({
    queryKey: ["booking-customer-search", submittedSearch],
    enabled: submittedSearch.length >= 3,
    // Phones are stored as typed ("0901 234 567" or "0901234567"): look for both spellings.
    queryFn: async () => {
      const spellings = [...new Set([submittedSearch, isVietnamesePhone(submittedSearch) ? normalizePhone(submittedSearch) : submittedSearch])]
      const results = await Promise.all(
        spellings.map((q) =>
          sdk.client.fetch<{ customers: Customer[] }>("/admin/customers", { query: { q, limit: 8, fields: "id,email,first_name,last_name,phone" } })
        )
      )
      const byId = new Map(results.flatMap((result) => result.customers).map((candidate) => [candidate.id, candidate]))
      return { customers: [...byId.values()] }
    },
  })

  // Provinces where someone qualified for the service works, by name.
  const provinces = useMemo(() => {
    if (!service) return []
    const qualified = technicians.filter(
      (technician) => technician.is_active && service.required_skills.every((skill) => technician.skills.includes(skill))
    )
    return [...new Set(qualified.flatMap((technician) => technician.service_provinces))].sort((a, b) =>
      provinceName(a).localeCompare(provinceName(b), "vi")
    )
  }, [service, technicians])

  const needsProvince = Boolean(service?.requires_address)
  const { data: availability, isFetching: loadingSlots } = useQuery({
    queryKey: ["booking-availability", serviceId, provinceCode, today],
    enabled: Boolean(service) && (!needsProvince || Boolean(provinceCode)),
    queryFn: () =>
      sdk.client.fetch<{ slots: Slot[] }>(`/admin/booking-services/${serviceId}/availability`, {
        query: { from: today, to: addDays(today, DAYS_AHEAD - 1), ...(needsProvince && { province_code: provinceCode }) },
      }),
  })
  const slotsByDay = useMemo(() => {
    const byDay = new Map<string, Slot[]>()
    for (const candidate of availability?.slots ?? []) {
      const date = localDateOf(candidate.starts_at)
      byDay.set(date, [...(byDay.get(date) ?? []), candidate])
    }
    return byDay
  }, [availability])

  const phoneError = isNewCustomer && newCustomer.phone && !isVietnamesePhone(newCustomer.phone)
    ? "Số điện thoại Việt Nam gồm 10 số, bắt đầu bằng 0 hoặc +84 (ví dụ 0903 123 456)."
    : null
  const missing = [
    !customer && !isNewCustomer && "chọn hoặc tạo khách hàng",
    isNewCustomer && (!newCustomer.first_name.trim() || !newCustomer.last_name.trim()) && "họ và tên khách",
    isNewCustomer && !isVietnamesePhone(newCustomer.phone) && "số điện thoại hợp lệ",
    !service && "dịch vụ",
    needsProvince && !provinceCode && "tỉnh/thành",
    needsProvince && !street.trim() && "số nhà, tên đường",
    !slot && "khung giờ",
  ].filter(Boolean) as string[]

  const reset = () => {
    setSearch("")
    setSubmittedSearch("")
    setCustomer(null)
    setIsNewCustomer(false)
    setNewCustomer({ last_name: "", first_name: "", phone: "", email: "" })
    setServiceId("")
    setProvinceCode("")
    setStreet("")
    setWard("")
    setDay("")
    setSlot(null)
    setTechnicianId(AUTO)
    setNotes("")
  }

  const create = useMutation({
    mutationFn: async () => {
      let booked = customer
      if (isNewCustomer) {
        const { customer: created } = await sdk.client.fetch<{ customer: Customer }>("/admin/customers", {
          method: "POST",
          body: {
            first_name: newCustomer.first_name.trim(),
            last_name: newCustomer.last_name.trim(),
            phone: normalizePhone(newCustomer.phone),
            ...(newCustomer.email.trim() && { email: newCustomer.email.trim() }),
          },
        })
        booked = created
        setCustomer(created)
        setIsNewCustomer(false)
      }
      const phone = booked?.phone && isVietnamesePhone(booked.phone) ? normalizePhone(booked.phone) : undefined
      return sdk.client.fetch<{ booking: { id: string } }>("/admin/bookings", {
        method: "POST",
        body: {
          service_id: serviceId,
          starts_at: slot!.starts_at,
          customer_id: booked!.id,
          contact_name: vietnameseName(booked!) || undefined,
          ...(phone && { contact_phone: phone }),
          ...(technicianId !== AUTO && { technician_id: technicianId }),
          ...(needsProvince && {
            province_code: provinceCode,
            address: { address_1: street.trim(), ...(ward.trim() && { ward: ward.trim() }), city: provinceName(provinceCode) },
          }),
          ...(notes.trim() && { notes: notes.trim() }),
          status: "confirmed",
        },
      })
    },
    onSuccess: () => {
      toast.success("Đã tạo lịch hẹn", { description: `${localTimeOf(slot!.starts_at)} ngày ${slot && localDateOf(slot.starts_at).split("-").reverse().join("/")}` })
      queryClient.invalidateQueries({ queryKey: ["bookings"] })
      reset()
      onClose()
    },
    onError: (error) => {
      toast.error("Không tạo được lịch hẹn", { description: (error as Error).message })
      queryClient.invalidateQueries({ queryKey: ["booking-availability"] })
    },
  })

  const runSearch = () => {
    setSubmittedSearch(search.trim())
  }

  return (
    <Drawer open={open} onOpenChange={(isOpen) => !isOpen && onClose()}>
      <Drawer.Content className="max-w-full sm:max-w-lg">
        <Drawer.Header>
          <Drawer.Title>Tạo lịch hẹn</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <section className="flex flex-col gap-y-2">
            <Heading level="h3">1. Khách hàng</Heading>
            {customer ? (
              <div className="flex items-center justify-between rounded-lg border p-3">
                <div>
                  <Text weight="plus">{vietnameseName(customer) || customer.email}</Text>
                  <Text size="small" className="text-ui-fg-subtle">{[customer.phone, customer.email].filter(Boolean).join(" · ")}</Text>
                </div>
                <Button size="small" variant="transparent" onClick={() => setCustomer(null)}>Đổi</Button>
              </div>
            ) : isNewCustomer ? (
              <div className="flex flex-col gap-y-2 rounded-lg border p-3">
                <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                  <div className="flex flex-col gap-y-1">
                    <Label size="small" htmlFor="new-last-name">Họ và tên đệm</Label>
                    <Input id="new-last-name" placeholder="Nguyễn Văn" value={newCustomer.last_name} onChange={(event) => setNewCustomer({ ...newCustomer, last_name: event.target.value })} />
                  </div>
                  <div className="flex flex-col gap-y-1">
                    <Label size="small" htmlFor="new-first-name">Tên</Label>
                    <Input id="new-first-name" placeholder="An" value={newCustomer.first_name} onChange={(event) => setNewCustomer({ ...newCustomer, first_name: event.target.value })} />
                  </div>
                </div>
                <div className="flex flex-col gap-y-1">
                  <Label size="small" htmlFor="new-phone">Số điện thoại</Label>
                  <Input id="new-phone" type="tel" inputMode="tel" placeholder="0903 123 456" value={newCustomer.phone} aria-invalid={Boolean(phoneError)} onChange={(event) => setNewCustomer({ ...newCustomer, phone: event.target.value })} />
                  {phoneError && <Text size="xsmall" className="text-ui-fg-error">{phoneError}</Text>}
                </div>
                <div className="flex flex-col gap-y-1">
                  <Label size="small" htmlFor="new-email">E-mail (không bắt buộc)</Label>
                  <Input id="new-email" type="email" value={newCustomer.email} onChange={(event) => setNewCustomer({ ...newCustomer, email: event.target.value })} />
                </div>
                <Button size="small" variant="transparent" className="self-start" onClick={() => setIsNewCustomer(false)}>Quay lại tìm khách</Button>
              </div>
            ) : (
              <>
                <form
                  className="flex gap-2"
                  onSubmit={(event) => {
                    event.preventDefault()
                    runSearch()
                  }}
                >
                  <Input
                    className="flex-1"
                    placeholder="Số điện thoại hoặc e-mail"
                    aria-label="Tìm khách hàng theo số điện thoại hoặc e-mail"
                    value={search}
                    onChange={(event) => setSearch(event.target.value)}
                  />
                  <Button size="small" variant="secondary" type="submit" isLoading={searching}>Tìm</Button>
                </form>
                {submittedSearch && found && (
                  <div className="flex flex-col gap-1">
                    {found.customers.length === 0 && <Text size="small" className="text-ui-fg-subtle">Không có khách nào khớp "{submittedSearch}".</Text>}
                    {found.customers.map((candidate) => (
                      <button
                        key={candidate.id}
                        type="button"
                        className="hover:bg-ui-bg-base-hover rounded-md border px-3 py-2 text-left"
                        onClick={() => setCustomer(candidate)}
                      >
                        <Text size="small" weight="plus">{vietnameseName(candidate) || candidate.email}</Text>
                        <Text size="xsmall" className="text-ui-fg-subtle">{[candidate.phone, candidate.email].filter(Boolean).join(" · ")}</Text>
                      </button>
                    ))}
                  </div>
                )}
                <Button
                  size="small"
                  variant="secondary"
                  className="self-start"
                  onClick={() => {
                    setIsNewCustomer(true)
                    if (isVietnamesePhone(search.trim())) setNewCustomer({ ...newCustomer, phone: search.trim() })
                  }}
                >
                  + Khách hàng mới
                </Button>
              </>
            )}
          </section>

          <section className="flex flex-col gap-y-2">
            <Heading level="h3">2. Dịch vụ và địa chỉ</Heading>
            <Select
              value={serviceId}
              onValueChange={(value) => {
                setServiceId(value)
                setProvinceCode("")
                setSlot(null)
                setDay("")
              }}
            >
              <Select.Trigger aria-label="Dịch vụ"><Select.Value placeholder="Chọn dịch vụ" /></Select.Trigger>
              <Select.Content>
                {services.map((candidate) => (
                  <Select.Item key={candidate.id} value={candidate.id}>
                    {candidate.name} · {candidate.duration_minutes} phút · {formatVnd(Number(candidate.price))}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            {needsProvince && (
              <>
                <Select
                  value={provinceCode}
                  onValueChange={(value) => {
                    setProvinceCode(value)
                    setSlot(null)
                    setDay("")
                  }}
                >
                  <Select.Trigger aria-label="Tỉnh/thành"><Select.Value placeholder="Tỉnh/thành" /></Select.Trigger>
                  <Select.Content>
                    {provinces.map((code) => (
                      <Select.Item key={code} value={code}>{provinceName(code)}</Select.Item>
                    ))}
                  </Select.Content>
                </Select>
                <Input placeholder="Số nhà, tên đường" aria-label="Số nhà, tên đường" value={street} onChange={(event) => setStreet(event.target.value)} />
                <Input placeholder="Phường/xã" aria-label="Phường/xã" value={ward} onChange={(event) => setWard(event.target.value)} />
              </>
            )}
            {service && !needsProvince && <Text size="small" className="text-ui-fg-subtle">Dịch vụ làm tại showroom, không cần địa chỉ.</Text>}
          </section>

          <section className="flex flex-col gap-y-2">
            <Heading level="h3">3. Ngày và giờ</Heading>
            {!service && <Text size="small" className="text-ui-fg-subtle">Chọn dịch vụ{needsProvince ? " và tỉnh/thành" : ""} để xem giờ trống.</Text>}
            {loadingSlots && <Text size="small">Đang tìm giờ trống…</Text>}
            {availability && (
              <>
                <div className="flex gap-1 overflow-x-auto pb-1" role="group" aria-label="Ngày">
                  {Array.from({ length: DAYS_AHEAD }, (_, index) => addDays(today, index)).map((date) => {
                    const count = slotsByDay.get(date)?.length ?? 0
                    return (
                      <button
                        key={date}
                        type="button"
                        disabled={!count}
                        aria-pressed={day === date}
                        onClick={() => {
                          setDay(date)
                          setSlot(null)
                        }}
                        className={`flex min-w-[4.25rem] flex-col items-center rounded-md border px-2 py-2 disabled:opacity-40 ${day === date ? "border-ui-border-interactive bg-ui-bg-highlight" : ""}`}
                      >
                        <Text size="xsmall" weight="plus">{dayLabel.format(new Date(`${date}T00:00:00Z`))}</Text>
                        <Text size="xsmall" className="text-ui-fg-subtle">{count ? `${count} giờ` : "kín"}</Text>
                      </button>
                    )
                  })}
                </div>
                {availability.slots.length === 0 && <Text size="small">Không còn giờ trống trong {DAYS_AHEAD} ngày tới.</Text>}
                {day && (
                  <div className="grid grid-cols-4 gap-1 sm:grid-cols-6" role="group" aria-label="Giờ bắt đầu">
                    {(slotsByDay.get(day) ?? []).map((candidate) => (
                      <button
                        key={candidate.starts_at}
                        type="button"
                        aria-pressed={slot?.starts_at === candidate.starts_at}
                        onClick={() => {
                          setSlot(candidate)
                          setTechnicianId(AUTO)
                        }}
                        className={`rounded-md border py-2 text-center ${slot?.starts_at === candidate.starts_at ? "border-ui-border-interactive bg-ui-bg-highlight" : ""}`}
                      >
                        <Text size="small">{localTimeOf(candidate.starts_at)}</Text>
                      </button>
                    ))}
                  </div>
                )}
                {slot && (
                  <Select value={technicianId} onValueChange={setTechnicianId}>
                    <Select.Trigger aria-label="Kỹ thuật viên"><Select.Value /></Select.Trigger>
                    <Select.Content>
                      <Select.Item value={AUTO}>Để hệ thống chọn kỹ thuật viên rảnh</Select.Item>
                      {slot.technician_ids.map((id) => (
                        <Select.Item key={id} value={id}>{technicians.find((technician) => technician.id === id)?.name ?? "Kỹ thuật viên"}</Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                )}
              </>
            )}
          </section>

          <section className="flex flex-col gap-y-1">
            <Label size="small" htmlFor="booking-notes">4. Ghi chú</Label>
            <Textarea id="booking-notes" placeholder="Tình trạng thiết bị, giờ khách tiện nghe máy…" value={notes} onChange={(event) => setNotes(event.target.value)} />
          </section>
        </Drawer.Body>
        <Drawer.Footer className="flex-col items-stretch gap-2 sm:flex-row sm:items-center">
          {missing.length > 0 && <Text size="xsmall" className="text-ui-fg-subtle sm:mr-auto">Còn thiếu: {missing.join(", ")}.</Text>}
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">Huỷ</Button>
          </Drawer.Close>
          <Button size="small" disabled={missing.length > 0} isLoading={create.isPending} onClick={() => create.mutate()}>
            Tạo lịch hẹn
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
