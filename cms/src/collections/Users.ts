import type { CollectionConfig } from "payload"
import { isAdmin, isAdminField, isAdminOrSelf, ROLES } from "../access/roles"

export const Users: CollectionConfig = {
  slug: "users",
  labels: { singular: "Người dùng", plural: "Người dùng" },
  auth: true,
  admin: { useAsTitle: "name", defaultColumns: ["name", "email", "role"] },
  access: {
    // The first user (created on the first visit) becomes an admin; after that only admins add people.
    create: async ({ req }) => {
      if (req.user) return isAdmin({ req })
      const { totalDocs } = await req.payload.count({ collection: "users", overrideAccess: true })
      return totalDocs === 0
    },
    delete: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
  },
  hooks: {
    beforeChange: [
      async ({ data, operation, req }) => {
        if (operation === "create" && !req.user) {
          const { totalDocs } = await req.payload.count({ collection: "users", overrideAccess: true })
          if (totalDocs === 0) return { ...data, role: "admin" }
        }
        return data
      },
    ],
  },
  fields: [
    { name: "name", label: "Họ tên", type: "text", required: true },
    {
      name: "role",
      label: "Vai trò",
      type: "select",
      required: true,
      defaultValue: "author",
      saveToJWT: true,
      // Only an admin promotes; everyone else keeps the role they were given.
      access: { update: isAdminField },
      options: [
        { label: "Quản trị (admin)", value: "admin" },
        { label: "Biên tập viên (editor)", value: "editor" },
        { label: "Tác giả (author)", value: "author" },
      ] satisfies { label: string; value: (typeof ROLES)[number] }[],
    },
  ],
}
