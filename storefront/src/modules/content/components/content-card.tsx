import Image from "next/image"
import { Link } from "@/i18n/navigation"
import { mediaUrl, type Media } from "@/lib/data/cms"

/** A post or project in a grid: cover, title linking to it, a line under it and a summary. */
export function ContentCard({ href, title, image, meta, summary }: { href: string; title: string; image?: Media | null; meta?: string | null; summary?: string | null }) {
  const src = mediaUrl(image?.sizes?.card?.url ?? image?.url)
  return (
    <article className="content-card">
      <div className="content-card__image">
        {src && <Image src={src} alt={image?.alt ?? ""} fill sizes="(max-width: 768px) 100vw, 360px" />}
      </div>
      <h3><Link href={href}>{title}</Link></h3>
      {meta && <p className="muted">{meta}</p>}
      {summary && <p>{summary}</p>}
    </article>
  )
}
