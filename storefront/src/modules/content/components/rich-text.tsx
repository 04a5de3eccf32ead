import type { ReactNode } from "react"
import type { RichTextNode } from "@/lib/data/cms"

// Lexical's text format is a bit field.
const BOLD = 1
const ITALIC = 2
const UNDERLINE = 8

function renderText(node: RichTextNode, key: number): ReactNode {
  let content: ReactNode = node.text
  const format = typeof node.format === "number" ? node.format : 0
  if (format & BOLD) content = <strong>{content}</strong>
  if (format & ITALIC) content = <em>{content}</em>
  if (format & UNDERLINE) content = <u>{content}</u>
  return <span key={key}>{content}</span>
}

function renderNode(node: RichTextNode, key: number): ReactNode {
  const children = node.children?.map(renderNode)
  switch (node.type) {
    case "text":
      return renderText(node, key)
    case "linebreak":
      return <br key={key} />
    case "heading": {
      const Tag = (["h2", "h3", "h4"].includes(node.tag ?? "") ? node.tag : "h2") as "h2" | "h3" | "h4"
      return <Tag key={key}>{children}</Tag>
    }
    case "list":
      return node.listType === "number" ? <ol key={key}>{children}</ol> : <ul key={key}>{children}</ul>
    case "listitem":
      return <li key={key}>{children}</li>
    case "quote":
      return <blockquote key={key}>{children}</blockquote>
    case "link":
    case "autolink": {
      const href = node.fields?.url ?? node.url ?? "#"
      // Only web and mail links: a javascript: URL typed by an editor must not run in a visitor's browser.
      const safe = /^(https?:|mailto:|\/)/.test(href) ? href : "#"
      return <a key={key} href={safe} rel="noopener noreferrer">{children}</a>
    }
    case "paragraph":
      return <p key={key}>{children}</p>
    default:
      return children ? <div key={key}>{children}</div> : null
  }
}

/** Renders Payload's Lexical JSON as plain React elements; unknown nodes keep their text. */
export function RichText({ content }: { content?: { root: RichTextNode } | null }) {
  if (!content?.root?.children) return null
  return <div className="rich-text">{content.root.children.map(renderNode)}</div>
}
