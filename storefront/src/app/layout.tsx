import type { ReactNode } from "react"

/** The document is rendered per language by app/[locale]/layout.tsx; this root only passes through. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
