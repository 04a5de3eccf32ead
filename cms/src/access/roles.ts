import type { Access, FieldAccess } from "payload"

export const ROLES = ["admin", "editor", "author"] as const
export type Role = (typeof ROLES)[number]

type WithRole = { role?: Role | null } | null | undefined

export const hasRole = (user: WithRole, ...roles: Role[]) => Boolean(user?.role && roles.includes(user.role))

export const isAdmin: Access = ({ req }) => hasRole(req.user as WithRole, "admin")
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user as WithRole, "admin")
export const isLoggedIn: Access = ({ req }) => Boolean(req.user)
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user as WithRole, "admin")) return true
  return req.user ? { id: { equals: req.user.id } } : false
}
