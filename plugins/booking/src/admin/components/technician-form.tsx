import { Button, Checkbox, Drawer, Heading, Input, Label, Select, Switch, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { isVietnamesePhone, normalizePhone } from "../../modules/booking/utils/phone"
import { PROVINCE_CODES, provinceName } from "../../modules/booking/utils/provinces"
import { SKILL_CODES, skillName } from "../../modules/booking/utils/skills"
import { STAFF_ROLE_NAMES, STAFF_ROLES, type StaffRole } from "../../modules/booking/utils/staff-roles"
import { clockOf } from "../../modules/booking/utils/time-zone"
import { formatDate, sdk } from "../lib/client"
import { localTimeOf, useBookingServices, useMyRole, vietnameseName, type Technician } from "../lib/bookings"

type StaffUser = { id: string; email: string; first_name: string | null; last_name: string | null; role: StaffRole }
type ShiftRow = { weekday: number; start: string; end: string }

/** Monday first, as a Vietnamese week is read. */
const WEEK = [
  { weekday: 1, label: "Thứ Hai" },
  { weekday: 2, label: "Thứ Ba" },
  { weekday: 3, label: "Thứ Tư" },
  { weekday: 4, label: "Thứ Năm" },
  { weekday: 5, label: "Thứ Sáu" },
  { weekday: 6, label: "Thứ Bảy" },
  { weekday: 0, label: "Chủ Nhật" },
]
const NO_USER = "none"

const minuteOf = (clock: string) => {
  const [hours, minutes] = clock.split(":").map(Number)
  return hours * 60 + minutes
}
/** A shift whose end is not after its start runs past midnight, into the next day. */
const isNightShift = (row: ShiftRow) => minuteOf(row.end) <= minuteOf(row.start)
const toShift = (row: ShiftRow) => ({
  weekday: row.weekday,
  start_minute: minuteOf(row.start),
  end_minute: minuteOf(row.end) + (isNightShift(row) ? 1440 : 0),
})

/** Create or edit a technician: details, login, skills, provinces, weekly shifts and time off. */
export const TechnicianForm = ({ technician, open, onClose }: { technician?: Technician; open: boolean; onClose: () => void }) => {
  const queryClient = useQueryClient()
  const { data: me } = useMyRole()
  const { data: services } = useBookingServices()
  const { data: staff } = useQuery({
    queryKey: ["staff-roles"],
    queryFn: () => sdk.client.fetch<{ staff: StaffUser[] }>("/admin/staff-roles"),
  })

  const [name, setName] = useState("")
  const [phone, setPhone] = useState("")
  const [email, setEmail] = useState("")
  const [userId, setUserId] = useState(NO_USER)
  const [role, setRole] = useState<StaffRole>("technician")
  const [skills, setSkills] = useState<string[]>([])
  const [provinces, setProvinces] = useState<string[]>([])
  const [shifts, setShifts] = useState<ShiftRow[]>([])
  const [isActive, setIsActive] = useState(true)
  const [timeOff, setTimeOff] = useState({ from: "", to: "", reason: "" })

  useEffect(() => {
    if (!open) return
    setName(technician?.name ?? "")
    setPhone(technician?.phone ?? "")
    setEmail(technician?.email ?? "")
    setUserId(technician?.user_id ?? NO_USER)
    setSkills(technician?.skills ?? [])
    setProvinces(technician?.service_provinces ?? [])
    setShifts(
      (technician?.working_hours ?? []).map((shift) => ({ weekday: shift.weekday, start: clockOf(shift.start_minute), end: clockOf(shift.end_minute) }))
    )
    setIsActive(technician?.is_active ?? true)
    setTimeOff({ from: "", to: "", reason: "" })
  }, [open, technician?.id])

  const linkedUser = staff?.staff.find((user) => user.id === userId)
  useEffect(() => setRole(linkedUser?.role === "manager" || !linkedUser ? "technician" : linkedUser.role), [linkedUser?.id])

  // The skills services ask for first, then any other known skill.
  const skillCodes = [...new Set([...(services?.booking_services ?? []).flatMap((service) => service.required_skills), ...SKILL_CODES])]
  const phoneError = phone.trim() && !isVietnamesePhone(phone) ? "Số điện thoại Việt Nam gồm 10 số, bắt đầu bằng 0 hoặc +84." : null
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["technicians"] })
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value])

  const save = useMutation({
    mutationFn: async () => {
      const body = {
        name: name.trim(),
        phone: phone.trim() ? normalizePhone(phone) : null,
        email: email.trim() || null,
        user_id: userId === NO_USER ? null : userId,
        skills,
        service_provinces: provinces,
        working_hours: shifts.map(toShift),
        is_active: isActive,
      }
      await sdk.client.fetch(technician ? `/admin/technicians/${technician.id}` : "/admin/technicians", { method: "POST", body })
      if (linkedUser && me?.role === "manager" && linkedUser.role !== role && linkedUser.id !== me.user_id) {
        await sdk.client.fetch(`/admin/staff-roles/${linkedUser.id}`, { method: "POST", body: { role } })
        queryClient.invalidateQueries({ queryKey: ["staff-roles"] })
      }
    },
    onSuccess: () => {
      toast.success(technician ? "Đã lưu kỹ thuật viên" : "Đã thêm kỹ thuật viên")
      refresh()
      onClose()
    },
    onError: (error) => toast.error("Không lưu được", { description: (error as Error).message }),
  })

  const remove = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/technicians/${technician!.id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success("Đã xoá kỹ thuật viên")
      refresh()
      onClose()
    },
    onError: (error) => toast.error("Không xoá được", { description: (error as Error).message, duration: 10_000 }),
  })

  const addTimeOff = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/technicians/${technician!.id}/time-off`, {
        method: "POST",
        // The inputs are read as shop time (Vietnam, UTC+7 all year), whatever the browser's zone.
        body: { starts_at: `${timeOff.from}:00+07:00`, ends_at: `${timeOff.to}:00+07:00`, ...(timeOff.reason.trim() && { reason: timeOff.reason.trim() }) },
      }),
    onSuccess: () => {
      toast.success("Đã thêm ngày nghỉ")
      setTimeOff({ from: "", to: "", reason: "" })
      refresh()
    },
    onError: (error) => toast.error("Không thêm được ngày nghỉ", { description: (error as Error).message }),
  })

  const removeTimeOff = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/technicians/${technician!.id}/time-off/${id}`, { method: "DELETE" }),
    onSuccess: () => refresh(),
    onError: (error) => toast.error("Không xoá được ngày nghỉ", { description: (error as Error).message }),
  })

  const timeOffError =
    timeOff.from && timeOff.to && timeOff.to <= timeOff.from ? "Ngày nghỉ phải kết thúc sau khi bắt đầu." : null

  return (
    <Drawer open={open} onOpenChange={(isOpen) => !isOpen && onClose()}>
      <Drawer.Content className="max-w-full sm:max-w-xl">
        <Drawer.Header>
          <Drawer.Title>{technician ? technician.name : "Thêm kỹ thuật viên"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <section className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <div className="flex flex-col gap-y-1 sm:col-span-2">
              <Label size="small" htmlFor="technician-name">Họ và tên</Label>
              <Input id="technician-name" placeholder="Nguyễn Văn Hùng" value={name} onChange={(event) => setName(event.target.value)} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label size="small" htmlFor="technician-phone">Số điện thoại</Label>
              <Input id="technician-phone" type="tel" inputMode="tel" value={phone} aria-invalid={Boolean(phoneError)} onChange={(event) => setPhone(event.target.value)} />
              {phoneError && <Text size="xsmall" className="text-ui-fg-error">{phoneError}</Text>}
            </div>
            <div className="flex flex-col gap-y-1">
              <Label size="small" htmlFor="technician-email">E-mail</Label>
              <Input id="technician-email" type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
            </div>
            <div className="flex items-center gap-x-2 sm:col-span-2">
              <Switch id="technician-active" checked={isActive} onCheckedChange={setIsActive} />
              <Label size="small" htmlFor="technician-active">{isActive ? "Đang làm (nhận lịch mới)" : "Tạm nghỉ (không nhận lịch mới)"}</Label>
            </div>
          </section>

          <section className="flex flex-col gap-y-2">
            <Heading level="h3">Tài khoản đăng nhập</Heading>
            <Select value={userId} onValueChange={setUserId}>
              <Select.Trigger aria-label="Tài khoản quản trị"><Select.Value /></Select.Trigger>
              <Select.Content>
                <Select.Item value={NO_USER}>Không có tài khoản</Select.Item>
                {(staff?.staff ?? []).map((user) => (
                  <Select.Item key={user.id} value={user.id}>
                    {vietnameseName(user) || user.email} · {STAFF_ROLE_NAMES[user.role]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            {linkedUser && (
              <div className="flex flex-col gap-y-1">
                <Label size="small">Quyền của tài khoản</Label>
                <Select value={role} onValueChange={(value) => setRole(value as StaffRole)} disabled={me?.role !== "manager" || linkedUser.id === me?.user_id}>
                  <Select.Trigger aria-label="Quyền"><Select.Value /></Select.Trigger>
                  <Select.Content>
                    {STAFF_ROLES.map((value) => (
                      <Select.Item key={value} value={value}>{STAFF_ROLE_NAMES[value]}</Select.Item>
                    ))}
                  </Select.Content>
                </Select>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  Kỹ thuật viên chỉ thấy trang "Lịch của tôi" với việc của mình. Chỉ quản lý đổi được quyền.
                </Text>
              </div>
            )}
          </section>

          <section className="flex flex-col gap-y-2">
            <Heading level="h3">Kỹ năng</Heading>
            <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
              {skillCodes.map((code) => (
                <label key={code} className="flex items-center gap-x-2">
                  <Checkbox checked={skills.includes(code)} onCheckedChange={() => setSkills(toggle(skills, code))} />
                  <Text size="small">{skillName(code)}</Text>
                </label>
              ))}
            </div>
          </section>

          <section className="flex flex-col gap-y-2">
            <Heading level="h3">Khu vực phục vụ</Heading>
            <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
              {PROVINCE_CODES.map((code) => (
                <label key={code} className="flex items-center gap-x-2">
                  <Checkbox checked={provinces.includes(code)} onCheckedChange={() => setProvinces(toggle(provinces, code))} />
                  <Text size="small">{provinceName(code)}</Text>
                </label>
              ))}
            </div>
          </section>

          <section className="flex flex-col gap-y-2">
            <Heading level="h3">Giờ làm việc (giờ Việt Nam)</Heading>
            {shifts.length === 0 && <Text size="small" className="text-ui-fg-subtle">Chưa có ca làm nào: kỹ thuật viên sẽ không nhận lịch.</Text>}
            {shifts.map((row, index) => (
              <div key={index} className="flex flex-wrap items-center gap-2" data-testid="shift-row">
                <Select value={String(row.weekday)} onValueChange={(value) => setShifts(shifts.map((item, at) => (at === index ? { ...item, weekday: Number(value) } : item)))}>
                  <Select.Trigger className="w-32" aria-label="Ngày trong tuần"><Select.Value /></Select.Trigger>
                  <Select.Content>
                    {WEEK.map((day) => (
                      <Select.Item key={day.weekday} value={String(day.weekday)}>{day.label}</Select.Item>
                    ))}
                  </Select.Content>
                </Select>
                <Input type="time" step={1800} className="w-28" aria-label="Bắt đầu" value={row.start} onChange={(event) => setShifts(shifts.map((item, at) => (at === index ? { ...item, start: event.target.value } : item)))} />
                <Text size="small">→</Text>
                <Input type="time" step={1800} className="w-28" aria-label="Kết thúc" value={row.end} onChange={(event) => setShifts(shifts.map((item, at) => (at === index ? { ...item, end: event.target.value } : item)))} />
                {isNightShift(row) && <Text size="xsmall" className="text-ui-fg-interactive">qua đêm, hết ca sáng hôm sau</Text>}
                <Button size="small" variant="transparent" aria-label="Xoá ca" onClick={() => setShifts(shifts.filter((_, at) => at !== index))}>Xoá</Button>
              </div>
            ))}
            <div className="flex flex-wrap gap-2">
              <Button size="small" variant="secondary" onClick={() => setShifts([...shifts, { weekday: 1, start: "08:00", end: "17:00" }])}>+ Thêm ca</Button>
              {shifts.length === 0 && (
                <Button size="small" variant="secondary" onClick={() => setShifts([1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: "08:00", end: "17:00" })))}>
                  Thứ Hai–Thứ Bảy, 8:00–17:00
                </Button>
              )}
            </div>
          </section>

          {technician && (
            <section className="flex flex-col gap-y-2">
              <Heading level="h3">Ngày nghỉ</Heading>
              {technician.time_off.length === 0 && <Text size="small" className="text-ui-fg-subtle">Chưa có ngày nghỉ nào.</Text>}
              {[...technician.time_off]
                .sort((a, b) => a.starts_at.localeCompare(b.starts_at))
                .map((off) => (
                  <div key={off.id} className="flex items-center justify-between gap-2 rounded-md border px-3 py-2">
                    <Text size="small">
                      {formatDate(off.starts_at)} {localTimeOf(off.starts_at)} → {formatDate(off.ends_at)} {localTimeOf(off.ends_at)}
                      {off.reason ? ` · ${off.reason}` : ""}
                    </Text>
                    <Button size="small" variant="transparent" onClick={() => removeTimeOff.mutate(off.id)}>Xoá</Button>
                  </div>
                ))}
              <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                <div className="flex flex-col gap-y-1">
                  <Label size="small" htmlFor="time-off-from">Từ</Label>
                  <Input id="time-off-from" type="datetime-local" value={timeOff.from} onChange={(event) => setTimeOff({ ...timeOff, from: event.target.value })} />
                </div>
                <div className="flex flex-col gap-y-1">
                  <Label size="small" htmlFor="time-off-to">Đến</Label>
                  <Input id="time-off-to" type="datetime-local" value={timeOff.to} onChange={(event) => setTimeOff({ ...timeOff, to: event.target.value })} />
                </div>
                <Input className="sm:col-span-2" placeholder="Lý do (nghỉ phép, ốm, đào tạo…)" aria-label="Lý do nghỉ" value={timeOff.reason} onChange={(event) => setTimeOff({ ...timeOff, reason: event.target.value })} />
              </div>
              {timeOffError && <Text size="xsmall" className="text-ui-fg-error">{timeOffError}</Text>}
              <Button size="small" variant="secondary" className="self-start" disabled={!timeOff.from || !timeOff.to || Boolean(timeOffError)} isLoading={addTimeOff.isPending} onClick={() => addTimeOff.mutate()}>
                Thêm ngày nghỉ
              </Button>
            </section>
          )}
        </Drawer.Body>
        <Drawer.Footer className="flex-wrap">
          {technician && (
            <Button size="small" variant="danger" className="mr-auto" isLoading={remove.isPending} onClick={() => remove.mutate()}>
              Xoá
            </Button>
          )}
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">Huỷ</Button>
          </Drawer.Close>
          <Button size="small" disabled={!name.trim() || Boolean(phoneError)} isLoading={save.isPending} onClick={() => save.mutate()}>
            Lưu
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
