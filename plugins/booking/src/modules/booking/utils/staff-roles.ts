/**
 * What an admin user may do in our plugins, kept in `user.metadata.role` so every plugin
 * can read it from Medusa's user module (Medusa's own RBAC needs an Enterprise licence).
 * A user without a role is a manager: that is how Medusa treats every admin user, and it
 * keeps the first admin able to grant roles. A role we do not know (a hand-edited typo)
 * gets the least access rather than the most.
 */
export const STAFF_ROLES = ["manager", "staff", "technician"] as const

export type StaffRole = (typeof STAFF_ROLES)[number]

export const STAFF_ROLE_NAMES: Record<StaffRole, string> = {
  manager: "Quản lý",
  staff: "Nhân viên",
  technician: "Kỹ thuật viên",
}

export const isStaffRole = (value: string): value is StaffRole => (STAFF_ROLES as readonly string[]).includes(value)

export const DEFAULT_STAFF_ROLE: StaffRole = "manager"

export function staffRoleOf(metadata: Record<string, unknown> | null | undefined): StaffRole {
  const role = metadata?.role
  if (role === undefined || role === null || role === "") return DEFAULT_STAFF_ROLE
  return typeof role === "string" && isStaffRole(role) ? role : "technician"
}
