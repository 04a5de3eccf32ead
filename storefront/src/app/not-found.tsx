import "./globals.css"

/**
 * A 404 for addresses the language proxy never sees (outside `[locale]`). Both languages,
 * since the URL says neither.
 */
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body>
        <main id="main-content" className="error-page">
          <h1>Không tìm thấy trang</h1>
          <p lang="en">Page not found</p>
          <p>
            <a className="button" href="/">Về trang chủ</a> · <a href="/en" lang="en">Home page in English</a>
          </p>
        </main>
      </body>
    </html>
  )
}
