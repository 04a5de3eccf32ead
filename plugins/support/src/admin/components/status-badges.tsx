import { Badge, StatusBadge } from "@medusajs/ui"
import { PRIORITY_COLORS, priorityLabel, STATUS_COLORS, statusLabel, type ConversationPriority, type ConversationStatus } from "../../modules/support/status"

export const ConversationStatusBadge = ({ status }: { status: ConversationStatus }) => (
  <StatusBadge color={STATUS_COLORS[status] ?? "grey"}>{statusLabel(status)}</StatusBadge>
)

/** Shown only when it matters: "normal" would be noise on every row. */
export const PriorityBadge = ({ priority }: { priority: ConversationPriority }) =>
  priority === "normal" ? null : (
    <Badge size="2xsmall" color={PRIORITY_COLORS[priority] ?? "grey"}>
      Ưu tiên {priorityLabel(priority).toLowerCase()}
    </Badge>
  )
