"use client"

import { useLocale, useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"

/** Links to the same page in the other language (the slugs are the same in both). */
export function LanguageSwitch() {
  const t = useTranslations("language")
  const locale = useLocale()
  const pathname = usePathname()
  const other = locale === "vi" ? "en" : "vi"
  return (
    <Link href={pathname} locale={other} className="language-switch" hrefLang={other} lang={other} aria-label={t("switchTo")}>
      {other.toUpperCase()}
    </Link>
  )
}
