import type { Metadata } from "next"
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
          <strong>Audio Tài Lộc</strong>
          <span>Âm thanh chính hãng · Lắp đặt tận nơi</span>
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
