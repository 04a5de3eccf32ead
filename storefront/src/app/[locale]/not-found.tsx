import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

/** Vietnamese or English 404 inside the shop's frame, with the way back and a search. */
export default async function NotFound() {
  const t = await getTranslations()
  return (
    <section className="error-page">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.message")}</p>
      <p>
        <Link className="button" href="/">{t("common.backHome")}</Link>
      </p>
    </section>
  )
}
