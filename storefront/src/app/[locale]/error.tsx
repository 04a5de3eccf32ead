"use client"

import { useTranslations } from "next-intl"
import { useEffect } from "react"
import { Link } from "@/i18n/navigation"
import { HOTLINE } from "@/lib/shop"

/** A page that failed to render: say so in the visitor's language, offer a retry and the way home. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations()
  useEffect(() => {
    console.error("storefront: page failed", error.digest ?? error.message)
  }, [error])
  return (
    <section className="error-page" role="alert">
      <h1>{t("error.title")}</h1>
      <p>{t("error.message", { hotline: HOTLINE })}</p>
      <p className="error-page__actions">
        <button type="button" className="button" onClick={reset}>{t("error.retry")}</button>
        <Link href="/">{t("common.backHome")}</Link>
      </p>
    </section>
  )
}
