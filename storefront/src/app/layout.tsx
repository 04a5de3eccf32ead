import type { Metadata } from "next"
import Link from "next/link"
import type { ReactNode } from "react"
import "./globals.css"

export const metadata: Metadata = {
  title: { default: "Audio Tài Lộc", template: "%s | Audio Tài Lộc" },
  description: "Loa, amply, dàn karaoke và dịch vụ lắp đặt âm thanh chính hãng tại TP. Hồ Chí Minh và Hà Nội.",
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <header className="site-header">
          <Link href="/"><strong>Audio Tài Lộc</strong></Link>
          <span>Âm thanh chính hãng · Lắp đặt tận nơi</span>
          <nav>
            <Link href="/">Sản phẩm</Link>
            <Link href="/blog">Blog</Link>
            <Link href="/du-an">Công trình</Link>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
