import { Forbidden, type CollectionBeforeChangeHook } from "payload"
import { hasRole } from "../../../access/roles"

/**
 * An author writes under their own name and submits drafts; an editor publishes. Both
 * rules hold for the REST API as they do in the admin.
 */
export const enforceAuthorRules: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  const user = req.user as { id: number | string; role?: string } | null
  if (!user || !hasRole(user as never, "author")) return data
  if (data._status === "published") throw new Forbidden(req.t)
  if (operation === "create") return { ...data, author: user.id }
  return data
}
