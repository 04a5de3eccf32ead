import type { Metadata } from "next"
import Image from "next/image"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/locales"
import { getProject, mediaUrl } from "@/lib/data/cms"
import { RichText } from "@/modules/content/components/rich-text"

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await getProject((await params).slug).catch(() => undefined)
  return project ? { title: project.title, description: project.summary ?? undefined } : {}
}

export default async function ProjectPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [project, t] = await Promise.all([getProject(slug), getTranslations("projects")])
  if (!project) notFound()
  return (
    <article className="content">
      <p><Link href="/du-an">{t("back")}</Link></p>
      <h1>{project.title}</h1>
      <p className="muted">{project.location}{project.service ? ` · ${project.service}` : ""}</p>
      {project.gallery?.map((item, index) => {
        const src = mediaUrl(item.image.sizes?.hero?.url ?? item.image.url)
        return src ? (
          <figure key={item.image.url}>
            <div className="content__cover">
              <Image src={src} alt={item.image.alt} fill sizes="(max-width: 800px) 100vw, 760px" priority={index === 0} />
            </div>
            {item.caption && <figcaption>{item.caption}</figcaption>}
          </figure>
        ) : null
      })}
      <RichText content={project.content} />
      {project.equipment?.length ? <p className="muted">{t("equipment", { equipment: project.equipment.join(", ") })}</p> : null}
    </article>
  )
}
