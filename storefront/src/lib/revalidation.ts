import { isRemoteTag } from "./data/cache-tags"
import { LOCALES } from "@/i18n/locales"

export type RevalidationTargets = { tags: string[]; paths: string[]; ignored: string[] }

/**
 * What a signed revalidation request from Medusa or Payload may purge: known catalog and
 * content tags, and the storefront's own paths. A path arrives as customers see it in
 * Vietnamese (`/blog/x`); pages live under `/[locale]/…`, so both languages' copies are
 * purged (`/vi/blog/x`, `/en/blog/x`). Anything else is reported back, not acted on.
 */
export function revalidationTargets(body: { tags?: unknown; paths?: unknown }): RevalidationTargets {
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [])
  const tags = strings(body.tags)
  const paths = strings(body.paths)
  const goodPaths = paths.filter((path) => path.startsWith("/") && !path.startsWith("//"))
  return {
    tags: tags.filter(isRemoteTag),
    paths: goodPaths.flatMap((path) => LOCALES.map((locale) => `/${locale}${path === "/" ? "" : path}`)),
    ignored: [...tags.filter((tag) => !isRemoteTag(tag)), ...paths.filter((path) => !goodPaths.includes(path))],
  }
}
