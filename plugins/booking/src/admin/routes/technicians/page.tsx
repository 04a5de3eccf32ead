import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { clockOf } from "../../../modules/booking/utils/time-zone"
import { sdk, WEEKDAYS } from "../../lib/client"

type Technician = {
  id: string
  name: string
  phone: string | null
  skills: string[]
  service_provinces: string[]
  is_active: boolean
  working_hours: { id: string; weekday: number; start_minute: number; end_minute: number }[]
}

const TechniciansPage = () => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["technicians"],
    queryFn: () => sdk.client.fetch<{ technicians: Technician[] }>("/admin/technicians"),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Kỹ thuật viên</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {data ? `${data.technicians.length} người` : ""}
        </Text>
      </div>
      {isLoading && <Text className="px-6 py-4">Đang tải…</Text>}
      {error && <Text className="px-6 py-4 text-ui-fg-error">Không tải được danh sách: {(error as Error).message}</Text>}
      {data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tên</Table.HeaderCell>
              <Table.HeaderCell>Kỹ năng</Table.HeaderCell>
              <Table.HeaderCell>Khu vực</Table.HeaderCell>
              <Table.HeaderCell>Giờ làm việc</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.technicians.map((technician) => (
              <Table.Row key={technician.id}>
                <Table.Cell>
                  <div className="flex flex-col">
                    <Text weight="plus">{technician.name}</Text>
                    <Text size="small" className="text-ui-fg-subtle">{technician.phone}</Text>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-wrap gap-1">
                    {technician.skills.map((skill) => (
                      <Badge key={skill} size="2xsmall">{skill}</Badge>
                    ))}
                  </div>
                </Table.Cell>
                <Table.Cell>{technician.service_provinces.join(", ").toUpperCase()}</Table.Cell>
                <Table.Cell>
                  <Text size="small">
                    {[...technician.working_hours]
                      .sort((a, b) => a.weekday - b.weekday)
                      .map((shift) => `${WEEKDAYS[shift.weekday]} ${clockOf(shift.start_minute)}–${clockOf(shift.end_minute)}`)
                      .join(" · ")}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <Badge color={technician.is_active ? "green" : "grey"} size="2xsmall">
                    {technician.is_active ? "Đang làm" : "Tạm nghỉ"}
                  </Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Kỹ thuật viên", icon: Users })

export default TechniciansPage
