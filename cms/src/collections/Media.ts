import type { CollectionConfig } from "payload"
import { isLoggedIn } from "../access/roles"

export const Media: CollectionConfig = {
  slug: "media",
  labels: { singular: "Ảnh", plural: "Thư viện ảnh" },
  access: {
    read: () => true,
    create: isLoggedIn,
    update: isLoggedIn,
    delete: isLoggedIn,
  },
  upload: {
    mimeTypes: ["image/*"],
    imageSizes: [
      { name: "thumbnail", width: 400, height: 300, position: "centre" },
      { name: "card", width: 768, height: 512, position: "centre" },
      { name: "hero", width: 1600, height: undefined, position: "centre" },
    ],
  },
  fields: [{ name: "alt", label: "Mô tả ảnh (alt)", type: "text", required: true }],
}
