import type { CollectionConfig } from "payload"
import { anyone, isStaffEditor } from "../access/roles"
import { slugField } from "../fields/slug"

export const Categories: CollectionConfig = {
  slug: "categories",
  labels: { singular: "Chuyên mục", plural: "Chuyên mục" },
  admin: { useAsTitle: "title", defaultColumns: ["title", "slug"] },
  access: { read: anyone, create: isStaffEditor, update: isStaffEditor, delete: isStaffEditor },
  fields: [{ name: "title", label: "Tên", type: "text", required: true }, slugField("categories")],
}
