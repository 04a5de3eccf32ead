/**
 * The password-reset e-mail: where its link points and what it says, in Vietnamese (or English
 * when the storefront asked in English). Pure, so the wording and the link are tested without a
 * server; the subscriber in src/subscribers/password-reset.ts sends it.
 */
export const PASSWORD_RESET_TEMPLATE = "auth-password-reset"

/** Minutes a reset token lives (Medusa's generateResetPasswordTokenWorkflow: 15 minutes). */
export const RESET_TOKEN_MINUTES = 15

export type PasswordResetEmailInput = {
  actorType: string
  email: string
  token: string
  /** "en" for an English storefront page; anything else is Vietnamese. */
  locale?: unknown
  firstName?: string | null
  storefrontUrl: string
  backendUrl: string
}

export type PasswordResetEmail = {
  template: typeof PASSWORD_RESET_TEMPLATE
  locale: "vi" | "en"
  url: string
  subject: string
  text: string
  html: string
}

const trimSlash = (url: string) => url.replace(/\/+$/, "")

/**
 * Customers reset on the storefront (`/tai-khoan/dat-lai-mat-khau`, `/en/…` in English) with
 * the token and their e-mail; staff on Medusa Admin's own `/app/reset-password?token=` form.
 * Any other actor type has no reset page, so no e-mail: `undefined`.
 */
export function passwordResetUrl({ actorType, email, token, locale, storefrontUrl, backendUrl }: PasswordResetEmailInput): string | undefined {
  if (actorType === "customer") {
    const prefix = locale === "en" ? "/en" : ""
    const url = new URL(`${trimSlash(storefrontUrl)}${prefix}/tai-khoan/dat-lai-mat-khau`)
    url.searchParams.set("token", token)
    url.searchParams.set("email", email)
    return url.toString()
  }
  if (actorType === "user") {
    const url = new URL(`${trimSlash(backendUrl)}/app/reset-password`)
    url.searchParams.set("token", token)
    return url.toString()
  }
  return undefined
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character]!)

export function passwordResetEmail(input: PasswordResetEmailInput): PasswordResetEmail | undefined {
  const url = passwordResetUrl(input)
  if (!url) return undefined
  const english = input.locale === "en"
  const name = input.firstName?.trim()
  const greeting = english ? `Hello${name ? ` ${name}` : ""},` : `Chào ${name || "bạn"},`
  const lines = english
    ? [
        greeting,
        "We received a request to reset the password of your Audio Tài Lộc account.",
        `Choose a new password here (the link works for ${RESET_TOKEN_MINUTES} minutes, once):`,
        url,
        "If you did not ask for this, ignore this e-mail: your password stays as it is.",
        "Audio Tài Lộc",
      ]
    : [
        greeting,
        "Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản Audio Tài Lộc của bạn.",
        `Đặt mật khẩu mới tại liên kết sau (dùng được một lần, trong ${RESET_TOKEN_MINUTES} phút):`,
        url,
        "Nếu bạn không yêu cầu, hãy bỏ qua e-mail này: mật khẩu của bạn vẫn giữ nguyên.",
        "Audio Tài Lộc",
      ]
  const [hello, intro, instruction, , ignore, signature] = lines.map(escapeHtml)
  const button = english ? "Choose a new password" : "Đặt lại mật khẩu"
  return {
    template: PASSWORD_RESET_TEMPLATE,
    locale: english ? "en" : "vi",
    url,
    subject: english ? "Reset your Audio Tài Lộc password" : "Đặt lại mật khẩu tài khoản Audio Tài Lộc",
    text: lines.join("\n\n"),
    html:
      `<p>${hello}</p><p>${intro}</p><p>${instruction}</p>` +
      `<p><a href="${escapeHtml(url)}">${button}</a></p><p>${ignore}</p><p>${signature}</p>`,
  }
}
