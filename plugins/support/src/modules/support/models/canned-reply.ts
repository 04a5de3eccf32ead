import { model } from "@medusajs/framework/utils"

/** A reply staff keep ready (opening hours, warranty terms, how to send a photo), picked in the reply box. */
const CannedReply = model
  .define("support_canned_reply", {
    id: model.id({ prefix: "cnr" }).primaryKey(),
    title: model.text().searchable(),
    body: model.text().searchable(),
    /** The admin user who wrote it. */
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["title"], where: "deleted_at IS NULL" }])

export default CannedReply
