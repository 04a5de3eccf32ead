import { model } from "@medusajs/framework/utils"
import { CONVERSATION_KINDS, CONVERSATION_PRIORITIES, CONVERSATION_STATUSES } from "../status"
import Message from "./message"

/**
 * A support ticket or a live chat: one thread of messages between a customer (or a guest
 * before they log in) and the shop's staff.
 */
const Conversation = model
  .define("support_conversation", {
    id: model.id({ prefix: "conv" }).primaryKey(),
    kind: model.enum([...CONVERSATION_KINDS]),
    customer_id: model.text().nullable(),
    guest_id: model.text().nullable(),
    guest_name: model.text().nullable(),
    guest_email: model.text().nullable(),
    subject: model.text(),
    status: model.enum([...CONVERSATION_STATUSES]).default("open"),
    priority: model.enum([...CONVERSATION_PRIORITIES]).default("normal"),
    /** The admin user handling it; null while unassigned. */
    assignee_id: model.text().nullable(),
    order_id: model.text().nullable(),
    last_message_at: model.dateTime().nullable(),
    /** Who spoke last: "customer" means the shop owes a reply. */
    last_message_by: model.enum(["customer", "staff"]).nullable(),
    customer_read_at: model.dateTime().nullable(),
    staff_read_at: model.dateTime().nullable(),
    messages: model.hasMany(() => Message, { mappedBy: "conversation" }),
  })
  .indexes([
    { on: ["customer_id", "last_message_at"], where: "deleted_at IS NULL" },
    { on: ["guest_id"], where: "deleted_at IS NULL AND guest_id IS NOT NULL" },
    { on: ["status", "assignee_id", "last_message_at"], where: "deleted_at IS NULL" },
  ])

export default Conversation
