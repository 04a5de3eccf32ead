import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getProject, mediaUrl } from "@/lib/data/cms"
import { RichText } from "@/modules/content/components/rich-text"

type Props = { params: Promise<{ slug: string }> }
export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await getProject((await params).slug).catch(() => undefined)
  return project ? { title: project.title, description: project.summary ?? undefined } : {}
}

export default async function ProjectPage({ params }: Props) {
  const project = await getProject((await params).slug)
  if (!project) notFound()
  return (
    <article className="content">
      <p><Link href="/du-an">← Công trình</Link></p>
      <h1>{project.title}</h1>
      <p className="muted">{project.location}{project.service ? ` · ${project.service}` : ""}</p>
      {project.gallery?.map((item) => (
        <figure key={item.image.url}>
          <img src={mediaUrl(item.image.sizes?.hero?.url ?? item.image.url)} alt={item.image.alt} />
          {item.caption && <figcaption>{item.caption}</figcaption>}
        </figure>
      ))}
      <RichText content={project.content} />
      {project.equipment?.length ? <p className="muted">Thiết bị: {project.equipment.join(", ")}</p> : null}
    </article>
  )
}
