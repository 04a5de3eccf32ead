import type { CollectionConfig } from "payload"
import { isStaffEditor, readPublishedOrPreview } from "../access/roles"
import { productHandlesField } from "../fields/product-handles"
import { slugField } from "../fields/slug"
import { revalidationHooks } from "../lib/revalidation-hooks"

const revalidate = revalidationHooks("projects", "/du-an")

export const CLIENT_TYPES = [
  { label: "Gia đình", value: "home" },
  { label: "Quán karaoke", value: "karaoke-venue" },
  { label: "Nhà hàng / cà phê", value: "restaurant-cafe" },
  { label: "Hội trường / nhà thờ", value: "hall" },
  { label: "Văn phòng / showroom", value: "office" },
]

export const Projects: CollectionConfig = {
  slug: "projects",
  labels: { singular: "Công trình", plural: "Công trình đã thực hiện" },
  admin: { useAsTitle: "title", defaultColumns: ["title", "clientType", "location", "_status"] },
  access: { read: readPublishedOrPreview("projects"), create: isStaffEditor, update: isStaffEditor, delete: isStaffEditor },
  // validate: opening the create page makes no empty draft (Payload creates a document on
  // load only for unvalidated autosave); autosave starts after the first "Lưu bản nháp".
  versions: { drafts: { autosave: { interval: 1000 }, schedulePublish: true, validate: true }, maxPerDoc: 50 },
  hooks: { afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  fields: [
    { name: "title", label: "Tên công trình", type: "text", required: true },
    slugField("projects"),
    { name: "clientType", label: "Loại khách hàng", type: "select", required: true, options: CLIENT_TYPES },
    { name: "location", label: "Địa điểm", type: "text", required: true },
    { name: "completedAt", label: "Ngày hoàn thành", type: "date", admin: { position: "sidebar" } },
    { name: "summary", label: "Tóm tắt", type: "textarea", maxLength: 400 },
    { name: "content", label: "Mô tả chi tiết", type: "richText" },
    {
      name: "gallery",
      label: "Hình ảnh",
      type: "array",
      fields: [
        { name: "image", label: "Ảnh", type: "upload", relationTo: "media", required: true },
        { name: "caption", label: "Chú thích", type: "text" },
      ],
    },
    productHandlesField("equipment", "Thiết bị sử dụng"),
    { name: "service", label: "Dịch vụ đã thực hiện", type: "text", admin: { description: "Ví dụ: Lắp đặt dàn karaoke gia đình" } },
  ],
}
