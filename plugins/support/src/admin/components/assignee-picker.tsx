import { Button, Select, toast } from "@medusajs/ui"
import { staffName, useCurrentUser, useStaffUsers, type Conversation } from "../lib/inbox"

const UNASSIGNED = "unassigned"

/** Who handles the conversation: any colleague from Medusa's users, or "Nhận xử lý" to take it. */
export const AssigneePicker = ({ conversation, onAssign }: { conversation: Conversation; onAssign: (assigneeId: string | null) => Promise<void> }) => {
  const users = useStaffUsers()
  const me = useCurrentUser()
  const assign = (assigneeId: string | null) =>
    onAssign(assigneeId).catch((error: Error) => toast.error("Không giao được hội thoại", { description: error.message }))
  const mine = me.data && conversation.assignee_id === me.data.user.id
  return (
    <div className="flex items-center gap-2">
      <Select value={conversation.assignee_id ?? UNASSIGNED} onValueChange={(value) => assign(value === UNASSIGNED ? null : value)} size="small">
        <Select.Trigger aria-label="Người xử lý" className="min-w-[10rem]">
          <Select.Value placeholder="Người xử lý" />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={UNASSIGNED}>Chưa giao</Select.Item>
          {users.data?.users.map((user) => (
            <Select.Item key={user.id} value={user.id}>{staffName(user)}</Select.Item>
          ))}
        </Select.Content>
      </Select>
      {me.data && !mine && (
        <Button size="small" variant="secondary" onClick={() => assign(me.data.user.id)}>Nhận xử lý</Button>
      )}
    </div>
  )
}
