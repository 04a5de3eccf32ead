import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { HOTLINE, mapUrl, POLICY_SLUGS, SHOWROOMS, telHref, ZALO_URL } from "@/lib/shop"

export async function Footer() {
  const [t, tPolicies, locale] = await Promise.all([getTranslations("footer"), getTranslations("policies"), getLocale()])
  return (
    <footer className="site-footer">
      <div className="site-footer__grid">
        <section aria-labelledby="footer-showrooms">
          <h2 id="footer-showrooms">{t("showrooms")}</h2>
          {SHOWROOMS.map((showroom) => (
            <address key={showroom.key} className="showroom">
              <strong>{showroom.name[locale === "en" ? "en" : "vi"]}</strong>
              <span>{showroom.address}, {showroom.city}</span>
              <span>{t("openingHours", { hours: showroom.openingHours })}</span>
              <span>
                {t("phone")}: <a href={telHref(showroom.phone)}>{showroom.phone}</a>
              </span>
              <a href={mapUrl(showroom)} target="_blank" rel="noopener noreferrer" aria-label={t("mapOf", { showroom: showroom.name[locale === "en" ? "en" : "vi"] })}>
                {t("map")}
              </a>
            </address>
          ))}
        </section>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">{t("contact")}</h2>
          <p>{t("about")}</p>
          <p>
            {t("hotline")}: <a href={telHref(HOTLINE)}><strong>{HOTLINE}</strong></a>
          </p>
          <p>
            <a href={ZALO_URL} target="_blank" rel="noopener noreferrer">{t("zalo")}</a>
          </p>
        </section>
        <nav aria-labelledby="footer-policies">
          <h2 id="footer-policies">{t("policies")}</h2>
          <ul>
            {POLICY_SLUGS.map((slug) => (
              <li key={slug}>
                <Link href={`/chinh-sach/${slug}`}>{tPolicies(slug)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="site-footer__copyright">{t("copyright", { year: new Date().getFullYear() })}</p>
    </footer>
  )
}
