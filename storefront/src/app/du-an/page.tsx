import type { Metadata } from "next"
import Link from "next/link"
import { listProjects, mediaUrl } from "@/lib/data/cms"

export const metadata: Metadata = { title: "Công trình đã thực hiện", description: "Phòng karaoke, home cinema và hội trường do Audio Tài Lộc lắp đặt." }
export const dynamic = "force-dynamic"

export default async function ProjectsPage() {
  const projects = await listProjects().catch((error) => {
    console.error("storefront: could not load projects from the CMS", error)
    return null
  })
  if (!projects) return <p className="notice">Chưa tải được công trình. Vui lòng thử lại sau.</p>
  return (
    <>
      <h1>Công trình đã thực hiện</h1>
      <section className="product-grid">
        {projects.map((project) => (
          <article key={project.id} className="product-card">
            {project.gallery?.[0] && <img src={mediaUrl(project.gallery[0].image.sizes?.card?.url ?? project.gallery[0].image.url)} alt={project.gallery[0].image.alt} loading="lazy" />}
            <h2><Link href={`/du-an/${project.slug}`}>{project.title}</Link></h2>
            <p className="muted">{project.location}</p>
            {project.summary && <p>{project.summary}</p>}
          </article>
        ))}
      </section>
    </>
  )
}
