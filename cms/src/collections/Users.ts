import type { CollectionConfig } from "payload"
import { isAdmin, isAdminField, isAdminOrSelf, ROLES } from "../access/roles"

export const Users: CollectionConfig = {
  slug: "users",
  labels: { singular: "Người dùng", plural: "Người dùng" },
  auth: true,
  admin: { useAsTitle: "name", defaultColumns: ["name", "email", "role"] },
  access: {
    create: isAdmin,
    delete: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
  },
  fields: [
    { name: "name", label: "Họ tên", type: "text", required: true },
    {
      name: "role",
      label: "Vai trò",
      type: "select",
      required: true,
      defaultValue: "author",
      // Only an admin promotes; everyone else keeps the role they were given.
      access: { update: isAdminField },
      options: ROLES.map((role) => ({ label: role, value: role })),
    },
  ],
}
