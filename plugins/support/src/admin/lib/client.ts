import Medusa from "@medusajs/js-sdk"

export const backendUrl = import.meta.env.VITE_BACKEND_URL || "/"
export const sdk = new Medusa({ baseUrl: backendUrl, auth: { type: "session" } })

const time = new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" })
export const formatTime = (iso?: string | null) => (iso ? time.format(new Date(iso)) : "")
