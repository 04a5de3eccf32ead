import type { CollectionConfig } from "payload"
import { anyone, isLoggedIn, isStaffEditor } from "../access/roles"

export const Media: CollectionConfig = {
  slug: "media",
  labels: { singular: "Ảnh", plural: "Thư viện ảnh" },
  access: { read: anyone, create: isLoggedIn, update: isStaffEditor, delete: isStaffEditor },
  upload: {
    mimeTypes: ["image/*"],
    imageSizes: [
      { name: "thumbnail", width: 400, height: 300, position: "centre" },
      { name: "card", width: 768, height: 512, position: "centre" },
      { name: "hero", width: 1600, height: undefined, position: "centre" },
    ],
    adminThumbnail: "thumbnail",
  },
  fields: [{ name: "alt", label: "Mô tả ảnh (alt)", type: "text", required: true }],
}
