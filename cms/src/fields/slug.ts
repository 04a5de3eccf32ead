import type { CollectionSlug, Field, FieldHook } from "payload"
import { slugify } from "../lib/slugify"

/**
 * Fills the slug from the title while the editor leaves it empty, normalises one typed by
 * hand, and appends -2, -3… when another document of the collection already uses it.
 */
const generateUniqueSlug =
  (collection: CollectionSlug, sourceField: string): FieldHook =>
  async ({ value, data, originalDoc, req }) => {
    const base = slugify(String(value || data?.[sourceField] || originalDoc?.[sourceField] || ""))
    if (!base) return value
    const ownId = originalDoc?.id
    for (let attempt = 1; attempt < 100; attempt++) {
      const candidate = attempt === 1 ? base : `${base}-${attempt}`
      const { docs } = await req.payload.find({
        collection,
        where: { slug: { equals: candidate }, ...(ownId ? { id: { not_equals: ownId } } : {}) },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
      })
      if (!docs.length) return candidate
    }
    return `${base}-${Date.now()}`
  }

export const slugField = (collection: CollectionSlug, sourceField = "title"): Field => ({
  name: "slug",
  label: "Đường dẫn (slug)",
  type: "text",
  index: true,
  unique: true,
  admin: { position: "sidebar", description: "Tự tạo từ tiêu đề, bỏ dấu tiếng Việt. Có thể sửa." },
  hooks: { beforeValidate: [generateUniqueSlug(collection, sourceField)] },
})
