import type { CollectionConfig } from "payload"
import { deleteOwnDraft, editOwnPost, isLoggedIn, isStaffEditorField, readPublishedOrPreview } from "../../access/roles"
import { productHandlesField } from "../../fields/product-handles"
import { slugField } from "../../fields/slug"
import { revalidationHooks } from "../../lib/revalidation-hooks"
import { enforceAuthorRules } from "./hooks/authorRules"

const revalidate = revalidationHooks("posts", "/blog")

export const Posts: CollectionConfig = {
  slug: "posts",
  labels: { singular: "Bài viết", plural: "Bài viết" },
  admin: {
    useAsTitle: "title",
    defaultColumns: ["title", "author", "_status", "publishedAt"],
  },
  access: { read: readPublishedOrPreview("posts", { ownerField: "author" }), create: isLoggedIn, update: editOwnPost, delete: deleteOwnDraft },
  // validate: opening the create page makes no empty draft (Payload creates a document on
  // load only for unvalidated autosave); autosave starts after the first "Lưu bản nháp".
  versions: { drafts: { autosave: { interval: 1000 }, schedulePublish: true, validate: true }, maxPerDoc: 50 },
  hooks: {
    beforeChange: [enforceAuthorRules],
    afterChange: [revalidate.afterChange],
    afterDelete: [revalidate.afterDelete],
  },
  fields: [
    { name: "title", label: "Tiêu đề", type: "text", required: true },
    slugField("posts"),
    { name: "excerpt", label: "Tóm tắt", type: "textarea", maxLength: 320 },
    { name: "coverImage", label: "Ảnh bìa", type: "upload", relationTo: "media" },
    { name: "content", label: "Nội dung", type: "richText", required: true },
    { name: "categories", label: "Chuyên mục", type: "relationship", relationTo: "categories", hasMany: true, admin: { position: "sidebar" } },
    {
      name: "author",
      label: "Tác giả",
      type: "relationship",
      relationTo: "users",
      admin: { position: "sidebar" },
      defaultValue: ({ user }) => user?.id,
      access: { update: isStaffEditorField },
    },
    {
      name: "publishedAt",
      label: "Ngày đăng",
      type: "date",
      admin: { position: "sidebar", date: { pickerAppearance: "dayAndTime" } },
      hooks: {
        beforeChange: [({ value, siblingData }) => (siblingData._status === "published" && !value ? new Date().toISOString() : value)],
      },
    },
    productHandlesField("relatedProducts", "Sản phẩm liên quan"),
  ],
}
