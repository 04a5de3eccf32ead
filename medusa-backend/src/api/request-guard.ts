import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { languageOf, localized } from "@tailoc/shop-locale"

/**
 * C0 control characters other than tab, line feed and carriage return. No person types them,
 * and PostgreSQL refuses NUL in text outright, so a request carrying one would otherwise end
 * in a 500 deep inside whichever route it reached.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/

type Where = { vi: string; en: string }

/** Where in `value` (a parsed query or JSON body) the first control character sits, if any. */
function findControlCharacter(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === "string") return CONTROL_CHARACTER.test(value) ? path : undefined
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findControlCharacter(value[index], [...path, String(index)])
      if (found) return found
    }
    return undefined
  }
  if (value && typeof value === "object") {
    for (const [key, nested] of Object.entries(value)) {
      if (CONTROL_CHARACTER.test(key)) return [...path, key.replace(new RegExp(CONTROL_CHARACTER, "g"), "?")]
      const found = findControlCharacter(nested, [...path, key])
      if (found) return found
    }
  }
  return undefined
}

/** The part of the request that is not acceptable, or undefined when it is. */
function problemOf(req: MedusaRequest): { kind: "encoding" | "control"; where: Where } | undefined {
  let path: string
  try {
    path = decodeURIComponent(req.path)
  } catch {
    return { kind: "encoding", where: { vi: "đường dẫn", en: "the path" } }
  }
  if (CONTROL_CHARACTER.test(path)) return { kind: "control", where: { vi: "đường dẫn", en: "the path" } }

  const inQuery = findControlCharacter(req.query)
  if (inQuery) return { kind: "control", where: { vi: `tham số “${inQuery.join(".")}”`, en: `the query parameter “${inQuery.join(".")}”` } }

  // Payment providers' webhooks are verified over their raw bytes and are not ours to judge.
  if (req.path.startsWith("/hooks/")) return undefined
  const inBody = findControlCharacter(req.body)
  if (inBody) {
    const field = inBody.join(".")
    return field
      ? { kind: "control", where: { vi: `trường “${field}”`, en: `the field “${field}”` } }
      : { kind: "control", where: { vi: "nội dung gửi lên", en: "the request body" } }
  }
  return undefined
}

/**
 * Runs before every route, ours and Medusa's: a path that is not valid percent-encoding, or a
 * control character (NUL, …) in the path, a query value or any string of the JSON body, is the
 * caller's mistake and answers 400 before any route or database sees it.
 */
export function rejectMalformedInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = problemOf(req)
  if (!problem) return next()
  const language = languageOf(req)
  const message =
    problem.kind === "encoding"
      ? localized(language, {
          vi: "Đường dẫn có ký tự mã hoá sai: dấu % phải đi kèm hai chữ số thập lục phân của một ký tự UTF-8. Hãy kiểm tra lại địa chỉ.",
          en: "The path is badly encoded: each % must be followed by two hexadecimal digits of a UTF-8 character. Check the address.",
        })
      : localized(language, {
          vi: `Có ký tự điều khiển không hợp lệ (như NUL) trong ${problem.where.vi}. Hãy xoá ký tự đó rồi gửi lại.`,
          en: `There is an invalid control character (such as NUL) in ${problem.where.en}. Remove it and try again.`,
        })
  next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
}
