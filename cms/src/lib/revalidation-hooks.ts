import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from "payload"
import { environment } from "../environment"
import { requestRevalidation } from "./revalidate"

type Published = { slug?: string | null; _status?: "draft" | "published" | null }

/**
 * Revalidation for a collection shown on the storefront under `basePath`: exactly the
 * document's page (and its old address when the slug changed), the listing, and their tags.
 * Draft saves change nothing a visitor sees, so they send nothing.
 */
export function revalidationHooks(tag: string, basePath: string) {
  const pagesOf = (...docs: (Published | undefined)[]) => {
    const slugs = [...new Set(docs.map((doc) => doc?.slug).filter((slug): slug is string => Boolean(slug)))]
    return {
      tags: [tag, ...slugs.map((slug) => `${tag}:${slug}`)],
      paths: [basePath, ...slugs.map((slug) => `${basePath}/${slug}`)],
    }
  }

  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    if (req.context?.disableRevalidate) return doc
    const visibleNow = doc._status === "published"
    const visibleBefore = previousDoc?._status === "published"
    if (!visibleNow && !visibleBefore) return doc
    await requestRevalidation(pagesOf(doc, visibleBefore ? previousDoc : undefined), {
      storefrontUrl: environment.storefrontUrl,
      secret: environment.revalidateSecret,
      logger: req.payload.logger,
    })
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    if (req.context?.disableRevalidate || doc?._status !== "published") return doc
    await requestRevalidation(pagesOf(doc), {
      storefrontUrl: environment.storefrontUrl,
      secret: environment.revalidateSecret,
      logger: req.payload.logger,
    })
    return doc
  }

  return { afterChange, afterDelete }
}
