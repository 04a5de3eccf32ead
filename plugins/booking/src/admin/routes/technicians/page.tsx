import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { provinceName } from "../../../modules/booking/utils/provinces"
import { skillName } from "../../../modules/booking/utils/skills"
import { clockOf } from "../../../modules/booking/utils/time-zone"
import { TechnicianForm } from "../../components/technician-form"
import { WEEKDAYS } from "../../lib/client"
import { useTechnicians, type Technician } from "../../lib/bookings"

const schedule = (technician: Technician) =>
  [...technician.working_hours]
    .sort((a, b) => ((a.weekday + 6) % 7) - ((b.weekday + 6) % 7) || a.start_minute - b.start_minute)
    .map((shift) => `${WEEKDAYS[shift.weekday]} ${clockOf(shift.start_minute)}–${clockOf(shift.end_minute)}${shift.end_minute > 1440 ? " (qua đêm)" : ""}`)
    .join(" · ")

const TechniciansPage = () => {
  const { data, isLoading, error } = useTechnicians()
  const [editing, setEditing] = useState<Technician | "new" | null>(null)
  // The drawer shows the freshest copy after a save (time off added, shifts changed).
  const current = editing && editing !== "new" ? data?.technicians.find((technician) => technician.id === editing.id) ?? editing : undefined

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-4 md:px-6">
        <div>
          <Heading level="h1">Kỹ thuật viên</Heading>
          <Text size="small" className="text-ui-fg-subtle">{data ? `${data.technicians.length} người` : ""}</Text>
        </div>
        <Button size="small" onClick={() => setEditing("new")}>Thêm kỹ thuật viên</Button>
      </div>
      {isLoading && <Text className="px-6 py-4">Đang tải…</Text>}
      {error && <Text className="px-6 py-4 text-ui-fg-error">Không tải được danh sách: {(error as Error).message}</Text>}
      {data && (
        <ul className="divide-y">
          {data.technicians.map((technician) => (
            <li key={technician.id}>
              <button
                type="button"
                onClick={() => setEditing(technician)}
                data-technician-id={technician.id}
                className="hover:bg-ui-bg-base-hover grid w-full grid-cols-1 gap-2 px-4 py-3 text-left md:grid-cols-[14rem_1fr_1fr_auto] md:gap-4 md:px-6"
              >
                <div className="flex flex-col">
                  <Text weight="plus">{technician.name}</Text>
                  <Text size="small" className="text-ui-fg-subtle">{technician.phone}</Text>
                </div>
                <div className="flex flex-col gap-1">
                  <div className="flex flex-wrap gap-1">
                    {technician.skills.map((skill) => (
                      <Badge key={skill} size="2xsmall">{skillName(skill)}</Badge>
                    ))}
                  </div>
                  <Text size="small" className="text-ui-fg-subtle">{technician.service_provinces.map(provinceName).join(", ")}</Text>
                </div>
                <Text size="small">{schedule(technician) || "Chưa có ca làm"}</Text>
                <div>
                  <Badge color={technician.is_active ? "green" : "grey"} size="2xsmall">
                    {technician.is_active ? "Đang làm" : "Tạm nghỉ"}
                  </Badge>
                </div>
              </button>
            </li>
          ))}
        </ul>
      )}
      <TechnicianForm open={editing !== null} technician={current} onClose={() => setEditing(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Kỹ thuật viên", icon: Users })

export default TechniciansPage
