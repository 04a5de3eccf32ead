import type { Access, FieldAccess, PayloadRequest, Where } from "payload"
import { environment } from "../environment"
import { verifyPreviewToken } from "@tailoc/signed-requests"

export const ROLES = ["admin", "editor", "author"] as const
export type Role = (typeof ROLES)[number]

type WithRole = { id?: number | string; role?: Role | null } | null | undefined

export const hasRole = (user: WithRole, ...roles: Role[]) => Boolean(user?.role && roles.includes(user.role))
const userOf = (req: PayloadRequest) => req.user as WithRole

export const isAdmin: Access = ({ req }) => hasRole(userOf(req), "admin")
export const isAdminField: FieldAccess = ({ req }) => hasRole(userOf(req), "admin")
export const isStaffEditor: Access = ({ req }) => hasRole(userOf(req), "admin", "editor")
export const isStaffEditorField: FieldAccess = ({ req }) => hasRole(userOf(req), "admin", "editor")
export const isLoggedIn: Access = ({ req }) => Boolean(req.user)
export const anyone: Access = () => true

export const isAdminOrSelf: Access = ({ req }) => {
  const user = userOf(req)
  if (hasRole(user, "admin")) return true
  return user?.id ? { id: { equals: user.id } } : false
}

const published: Where = { _status: { equals: "published" } }

/** The slug a preview request asks for: ?where[slug][equals]=… */
function requestedSlug(req: PayloadRequest): string | undefined {
  const where = (req.query as { where?: { slug?: { equals?: unknown } } } | undefined)?.where
  return typeof where?.slug?.equals === "string" ? where.slug.equals : undefined
}

/**
 * Published content is public. Drafts are read by editors, by a storefront preview carrying
 * a signed token for exactly that document and, where the collection has an owner field
 * (posts' `author`), by their owner. Without one (projects, which only editors write) a
 * logged-in author reads what a visitor reads.
 */
export const readPublishedOrPreview =
  (collection: string, { ownerField }: { ownerField?: string } = {}): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (hasRole(user, "admin", "editor")) return true
    if (ownerField && user?.id) return { or: [published, { [ownerField]: { equals: user.id } }] }
    const token = req.headers?.get?.("x-preview-token")
    const slug = requestedSlug(req)
    if (token && slug && verifyPreviewToken(token, collection, slug, environment.previewSecret)) {
      return { slug: { equals: slug } }
    }
    return published
  }

/** Editors change any post; an author only their own. Publishing is checked in a hook. */
export const editOwnPost: Access = ({ req }) => {
  const user = userOf(req)
  if (hasRole(user, "admin", "editor")) return true
  if (hasRole(user, "author") && user?.id) return { author: { equals: user.id } }
  return false
}

/** Authors may delete only their own posts that were never published. */
export const deleteOwnDraft: Access = ({ req }) => {
  const user = userOf(req)
  if (hasRole(user, "admin", "editor")) return true
  if (hasRole(user, "author") && user?.id) {
    const ownDraft: Where = { and: [{ author: { equals: user.id } }, { _status: { equals: "draft" } }] }
    return ownDraft
  }
  return false
}
