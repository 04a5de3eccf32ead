import { model } from "@medusajs/framework/utils"
import Conversation from "./conversation"

/**
 * One message of a conversation. The body is stored exactly as written and is only ever
 * shown as text. Ids are ULID-based, so "after id X" is "sent after X".
 */
const Message = model
  .define("support_message", {
    id: model.id({ prefix: "msg" }).primaryKey(),
    author_type: model.enum(["customer", "guest", "staff", "system"]),
    author_id: model.text().nullable(),
    body: model.text(),
    /** Staff-only notes: never sent to the customer, over HTTP or socket. */
    is_internal: model.boolean().default(false),
    attachments: model.json().nullable(),
    conversation: model.belongsTo(() => Conversation, { mappedBy: "messages" }),
  })
  .indexes([{ on: ["conversation_id", "id"], where: "deleted_at IS NULL" }])

export default Message
