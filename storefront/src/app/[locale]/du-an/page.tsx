import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/locales"
import { listProjects } from "@/lib/data/cms"
import { ContentCard } from "@/modules/content/components/content-card"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "projects" })
  return { title: t("title"), description: t("description") }
}

export default async function ProjectsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations()
  const projects = await listProjects().catch((error) => {
    console.error("storefront: could not load projects from the CMS", error)
    return null
  })
  if (!projects) return <p className="notice">{t("common.loadFailed")}</p>
  return (
    <>
      <h1>{t("projects.title")}</h1>
      <div className="content-grid">
        {projects.map((project) => (
          <ContentCard
            key={project.id}
            href={`/du-an/${project.slug}`}
            title={project.title}
            image={project.gallery?.[0]?.image}
            meta={project.location}
            summary={project.summary}
          />
        ))}
      </div>
    </>
  )
}
