import { model } from "@medusajs/framework/utils"

/** A notice shown in the storefront or in Medusa Admin, pushed live as notification:new. */
const InAppNotification = model
  .define("in_app_notification", {
    id: model.id({ prefix: "ntf" }).primaryKey(),
    recipient_type: model.enum(["customer", "user"]),
    recipient_id: model.text(),
    type: model.text(),
    title: model.text(),
    body: model.text().nullable(),
    link: model.text().nullable(),
    read_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["recipient_type", "recipient_id", "read_at"], where: "deleted_at IS NULL" }])

export default InAppNotification
