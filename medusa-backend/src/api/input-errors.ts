import { MedusaError } from "@medusajs/framework/utils"
import { localized, type ShopLanguage } from "@tailoc/shop-locale"

type Sentence = { vi: string; en: string }
export type InputErrorResponse = { status: number; body: { type: string; message: string } }

/**
 * PostgreSQL "data exception" codes that only bad input can cause: a value validation let
 * through (or a route that has none) still answers 400, never 500.
 */
const DATABASE_INPUT_ERRORS: Record<string, Sentence> = {
  "22001": {
    vi: "Một giá trị gửi lên dài quá giới hạn cho phép. Hãy rút ngắn rồi gửi lại.",
    en: "A value is longer than allowed. Shorten it and try again.",
  },
  "22003": {
    vi: "Một giá trị số nằm ngoài phạm vi cho phép.",
    en: "A number is out of the allowed range.",
  },
  "22007": {
    vi: "Một ngày giờ gửi lên không hợp lệ. Hãy dùng dạng như 2026-12-07T09:00:00+07:00.",
    en: "A date or time is not valid. Use a form such as 2026-12-07T09:00:00+07:00.",
  },
  "22008": {
    vi: "Một ngày giờ gửi lên nằm ngoài phạm vi cho phép (năm phải từ 1 đến 9999).",
    en: "A date or time is out of range (the year must be between 1 and 9999).",
  },
  "22021": {
    vi: "Dữ liệu gửi lên chứa ký tự không hợp lệ (như NUL). Hãy xoá ký tự đó rồi gửi lại.",
    en: "The data contains an invalid character (such as NUL). Remove it and try again.",
  },
  "22P02": {
    vi: "Một giá trị gửi lên không đúng định dạng.",
    en: "A value is not in the expected format.",
  },
  "22P05": {
    vi: "Dữ liệu gửi lên chứa ký tự không hợp lệ (như NUL). Hãy xoá ký tự đó rồi gửi lại.",
    en: "The data contains an invalid character (such as NUL). Remove it and try again.",
  },
}

/** body-parser's error types (`err.type`), for a message a person understands. */
const BODY_ERRORS: Record<string, { status: number; sentence: Sentence }> = {
  "entity.parse.failed": {
    status: 400,
    sentence: { vi: "Nội dung gửi lên không phải JSON hợp lệ. Hãy kiểm tra lại dữ liệu.", en: "The request body is not valid JSON. Check the data." },
  },
  "entity.too.large": {
    status: 413,
    sentence: { vi: "Nội dung gửi lên quá lớn. Hãy gửi ít dữ liệu hơn.", en: "The request body is too large. Send less data." },
  },
  "request.aborted": {
    status: 400,
    sentence: { vi: "Yêu cầu bị ngắt giữa chừng. Hãy gửi lại.", en: "The request was interrupted. Send it again." },
  },
  "request.size.invalid": {
    status: 400,
    sentence: { vi: "Độ dài nội dung không khớp với Content-Length.", en: "The body length does not match Content-Length." },
  },
  "charset.unsupported": {
    status: 415,
    sentence: { vi: "Bảng mã của nội dung không được hỗ trợ; hãy dùng UTF-8.", en: "The body's charset is not supported; use UTF-8." },
  },
  "encoding.unsupported": {
    status: 415,
    sentence: { vi: "Kiểu nén của nội dung không được hỗ trợ.", en: "The body's content encoding is not supported." },
  },
}

const BAD_PATH: Sentence = {
  vi: "Đường dẫn có ký tự mã hoá sai: dấu % phải đi kèm hai chữ số thập lục phân của một ký tự UTF-8. Hãy kiểm tra lại địa chỉ.",
  en: "The path is badly encoded: each % must be followed by two hexadecimal digits of a UTF-8 character. Check the address.",
}

const GENERIC_CLIENT_ERROR: Sentence = {
  vi: "Yêu cầu không hợp lệ. Hãy kiểm tra lại dữ liệu gửi lên.",
  en: "The request is not valid. Check the data you sent.",
}

const TYPE_OF_STATUS: Record<number, string> = {
  400: MedusaError.Types.INVALID_DATA,
  401: MedusaError.Types.UNAUTHORIZED,
  403: MedusaError.Types.FORBIDDEN,
  404: MedusaError.Types.NOT_FOUND,
  409: MedusaError.Types.CONFLICT,
  // As @tailoc/rate-limits answers its own 429s.
  429: "rate_limited",
}

type ErrorLike = { name?: string; type?: string; code?: string; status?: unknown; statusCode?: unknown; message?: string; cause?: unknown }

/** The PostgreSQL SQLSTATE of a driver error, directly or wrapped once (MikroORM, knex, workflows). */
function sqlStateOf(error: ErrorLike): string | undefined {
  for (const candidate of [error, error.cause as ErrorLike | undefined]) {
    if (typeof candidate?.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate.code
  }
  return undefined
}

/**
 * The 4xx answer for an error the caller caused but Medusa's own handler would report as a
 * 500: a path express could not decode, body-parser's failures with a readable message, a
 * ZodError thrown outside the validators, PostgreSQL refusing a value. Undefined for anything
 * else, which stays Medusa's to answer.
 */
export function inputErrorResponse(error: unknown, language: ShopLanguage): InputErrorResponse | undefined {
  if (!error || typeof error !== "object") return undefined
  const err = error as ErrorLike
  const answer = (status: number, sentence: Sentence): InputErrorResponse => ({
    status,
    body: { type: TYPE_OF_STATUS[status] ?? MedusaError.Types.INVALID_DATA, message: localized(language, sentence) },
  })

  // express's router decodes path parameters with decodeURIComponent and passes the URIError on.
  if (error instanceof URIError || err.name === "URIError") return answer(400, BAD_PATH)

  const status = Number(err.statusCode ?? err.status)
  if (Number.isInteger(status) && status >= 400 && status < 500) {
    const known = typeof err.type === "string" ? BODY_ERRORS[err.type] : undefined
    if (known) return answer(known.status, known.sentence)
    // Whoever gave the error a 4xx status wrote its message for the caller (http-errors' `expose`).
    if (err.message) return { status, body: { type: TYPE_OF_STATUS[status] ?? MedusaError.Types.INVALID_DATA, message: err.message } }
    return answer(status, GENERIC_CLIENT_ERROR)
  }

  // validateAndTransform* turn zod issues into INVALID_DATA; a schema parsed anywhere else throws them raw.
  const issues = (err as { issues?: unknown }).issues
  if (err.name === "ZodError" && Array.isArray(issues)) {
    const details = issues.map((issue: { path?: unknown[]; message?: string }) => [issue.path?.join("."), issue.message].filter(Boolean).join(": "))
    return { status: 400, body: { type: MedusaError.Types.INVALID_DATA, message: details.join("\n") } }
  }

  const sqlState = sqlStateOf(err)
  if (sqlState && DATABASE_INPUT_ERRORS[sqlState]) return answer(400, DATABASE_INPUT_ERRORS[sqlState])

  return undefined
}
