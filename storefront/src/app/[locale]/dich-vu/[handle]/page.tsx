import type { Metadata } from "next"
import Image from "next/image"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { getBookingServiceByHandle } from "@/lib/data/booking-services"
import { listProjects, mediaUrl, type Project } from "@/lib/data/cms"
import { servedProvinceNames } from "@/lib/util/service-area"
import styles from "@/modules/booking/components/booking.module.css"
import { ServicePrice } from "@/modules/booking/components/service-card"

type Props = { params: Promise<{ locale: Locale; handle: string }>; searchParams: Promise<{ product?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const service = await getBookingServiceByHandle(handle).catch(() => undefined)
  return service ? { title: service.name, description: service.description ?? undefined } : {}
}

/** Projects whose "service" field names this service (Payload's projects, free text). */
const projectsOf = (projects: Project[], name: string) =>
  projects.filter((project) => project.service?.trim().toLocaleLowerCase("vi") === name.trim().toLocaleLowerCase("vi"))

/** One service: what it includes, how long, the price, where the shop goes, photos of work done. */
export default async function ServicePage({ params, searchParams }: Props) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const service = await getBookingServiceByHandle(handle).catch((error) => {
    console.error("storefront: could not load booking services", error)
    return undefined
  })
  if (!service) notFound()
  const t = await getTranslations("booking.services")
  const rawProduct = (await searchParams).product
  const product = typeof rawProduct === "string" && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(rawProduct) ? rawProduct : undefined
  const projects = projectsOf(await listProjects().catch(() => [] as Project[]), service.name)
  const photos = projects.flatMap((project) =>
    (project.gallery ?? []).slice(0, 3).map((item) => ({ project, src: mediaUrl(item.image.sizes?.card?.url ?? item.image.url), alt: item.image.alt, caption: item.caption }))
  )
  const area = servedProvinceNames(service.service_provinces)
  const bookHref = product ? `/dich-vu/${service.handle}/dat-lich?product=${product}` : `/dich-vu/${service.handle}/dat-lich`

  return (
    <article>
      <p>
        <Link href="/dich-vu">← {t("all")}</Link>
      </p>
      <h1>{service.name}</h1>
      <h2>{t("includes")}</h2>
      <p className={styles.lead}>{service.description || t("noDescription")}</p>
      <dl className={styles.facts}>
        <dt>{t("durationLabel")}</dt>
        <dd>{t("duration", { minutes: service.duration_minutes })}</dd>
        <dt>{t("priceLabel")}</dt>
        <dd>
          <ServicePrice service={service} />
        </dd>
        <dt>{t("whereLabel")}</dt>
        <dd>{service.requires_address ? t("onSite") : t("atShowroom")}</dd>
        {service.requires_address ? (
          <>
            <dt>{t("areaLabel")}</dt>
            <dd data-testid="service-area">{area.length ? area.join(", ") : t("areaAsk")}</dd>
          </>
        ) : null}
      </dl>
      {product ? <p className={styles.notice}>{t("forProduct")}</p> : null}
      <p>
        <Link href={bookHref} className="button button--primary" data-testid="book-service">
          {t("book")}
        </Link>
      </p>
      {photos.length ? (
        <section className={styles.section} aria-labelledby="service-projects">
          <h2 id="service-projects">{t("projects")}</h2>
          <ul className={styles.gallery}>
            {photos.map((photo, index) =>
              photo.src ? (
                <li key={`${photo.project.id}-${index}`}>
                  <figure>
                    <Image src={photo.src} alt={photo.alt || photo.project.title} width={480} height={360} sizes="(max-width: 768px) 50vw, 300px" />
                    <figcaption>
                      <Link href={`/du-an/${photo.project.slug}`}>{photo.project.title}</Link> · {photo.project.location}
                    </figcaption>
                  </figure>
                </li>
              ) : null
            )}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
