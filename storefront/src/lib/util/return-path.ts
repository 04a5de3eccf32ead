import { LOCALES } from "@/i18n/locales"

/**
 * Where to send a customer after logging in. Only a path on this site is accepted (an open
 * redirect would let a phishing link pass through our login page): it must start with one
 * "/", never "//" or "/\" (both mean another host to a browser), carry no scheme, control
 * characters or backslashes, and it comes back without a locale prefix (`/en/tai-khoan` →
 * `/tai-khoan`) because the locale-aware redirect adds the right one. Anything else gives
 * `fallback`.
 */
export function safeReturnPath(value: unknown, fallback = "/tai-khoan"): string {
  if (typeof value !== "string" || value.length > 2048) return fallback
  // eslint-disable-next-line no-control-regex
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback
  let url: URL
  try {
    url = new URL(value, "http://return.invalid")
  } catch {
    return fallback
  }
  if (url.origin !== "http://return.invalid") return fallback
  const path = stripLocale(url.pathname)
  // "/.//evil.example" and "/en//evil.example" normalise to a protocol-relative "//…".
  if (path.startsWith("//")) return fallback
  // Back to the login or registration page would loop.
  if (/^\/tai-khoan\/(dang-nhap|dang-ky)(\/|$)/.test(path)) return fallback
  return `${path}${url.search}${url.hash}`
}

function stripLocale(pathname: string): string {
  for (const locale of LOCALES) {
    if (pathname === `/${locale}`) return "/"
    if (pathname.startsWith(`/${locale}/`)) return pathname.slice(locale.length + 1)
  }
  return pathname
}
