import { passwordResetEmail, passwordResetUrl } from "../password-reset-email"

const base = { email: "lan.nguyen@vi-du.vn", token: "abc.def.ghi", storefrontUrl: "https://audiotailoc.vn/", backendUrl: "https://api.audiotailoc.vn" }

describe("password reset e-mail", () => {
  it("sends a customer to the storefront's reset page with the token and the e-mail", () => {
    const url = new URL(passwordResetUrl({ ...base, actorType: "customer" })!)
    expect(url.origin + url.pathname).toBe("https://audiotailoc.vn/tai-khoan/dat-lai-mat-khau")
    expect(url.searchParams.get("token")).toBe("abc.def.ghi")
    expect(url.searchParams.get("email")).toBe("lan.nguyen@vi-du.vn")
  })

  it("keeps an English customer on the English page", () => {
    expect(passwordResetUrl({ ...base, actorType: "customer", locale: "en" })).toMatch(/^https:\/\/audiotailoc\.vn\/en\/tai-khoan\/dat-lai-mat-khau\?/)
  })

  it("sends staff to Medusa Admin's reset form", () => {
    expect(passwordResetUrl({ ...base, actorType: "user" })).toBe("https://api.audiotailoc.vn/app/reset-password?token=abc.def.ghi")
  })

  it("sends nothing for an actor type without a reset page", () => {
    expect(passwordResetEmail({ ...base, actorType: "technician" })).toBeUndefined()
  })

  it("writes in Vietnamese by default, with the customer's name and the link", () => {
    const email = passwordResetEmail({ ...base, actorType: "customer", firstName: "Lan" })!
    expect(email.subject).toBe("Đặt lại mật khẩu tài khoản Audio Tài Lộc")
    expect(email.text).toContain("Chào Lan,")
    expect(email.text).toContain(email.url)
    expect(email.html).toContain(`href="${email.url.replace(/&/g, "&amp;")}"`)
  })

  it("escapes what it puts into the HTML", () => {
    const email = passwordResetEmail({ ...base, actorType: "customer", firstName: "<b>Lan</b>" })!
    expect(email.html).not.toContain("<b>Lan</b>")
    expect(email.html).toContain("&lt;b&gt;Lan&lt;/b&gt;")
  })
})
