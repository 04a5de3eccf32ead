import { model } from "@medusajs/framework/utils"

/**
 * A notice shown in the storefront or in Medusa Admin, pushed live as notification:new.
 * Notices about one resource (e.g. a conversation) are coalesced: while one is unread, a
 * new event updates it (count, body, updated_at) instead of adding another row.
 */
const InAppNotification = model
  .define("in_app_notification", {
    id: model.id({ prefix: "ntf" }).primaryKey(),
    recipient_type: model.enum(["customer", "user"]),
    recipient_id: model.text(),
    type: model.text(),
    title: model.text(),
    body: model.text().nullable(),
    link: model.text().nullable(),
    /** What the notice is about (a conversation id); unread notices are unique per recipient, type and resource. */
    resource_id: model.text().nullable(),
    /** How many events this notice stands for. */
    count: model.number().default(1),
    /** When the recipient was last pushed notification:new for it. */
    notified_at: model.dateTime().nullable(),
    read_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["recipient_type", "recipient_id", "read_at"], where: "deleted_at IS NULL" },
    {
      on: ["recipient_type", "recipient_id", "type", "resource_id"],
      unique: true,
      where: "read_at IS NULL AND deleted_at IS NULL AND resource_id IS NOT NULL",
    },
  ])

export default InAppNotification
