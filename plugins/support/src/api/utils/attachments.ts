import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { languageOf, localized, type ShopLanguage } from "@tailoc/shop-locale"
import { randomBytes } from "node:crypto"
import multer from "multer"
import {
  ATTACHMENT_TYPES,
  detectAttachmentType,
  MAX_ATTACHMENT_NAME_LENGTH,
  readAttachmentName,
  type AttachmentNameProblem,
} from "../../modules/support/utils/attachments"
import type { AttachmentUpload } from "../../workflows/support/post-attachments"

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
export const MAX_ATTACHMENTS = 5
export const ATTACHMENT_FIELD = "files"

// @types/multer lacks defParamCharset, which multer 2 passes on to busboy.
const uploadOptions: multer.Options & { defParamCharset: string } = {
  storage: multer.memoryStorage(),
  // Browsers send file names as raw UTF-8; busboy would read them as Latin-1 ("áº£nh…").
  defParamCharset: "utf8",
  limits: {
    fileSize: MAX_ATTACHMENT_BYTES,
    files: MAX_ATTACHMENTS,
    // The only text field is the optional message body (≤ 5000 characters of UTF-8).
    fields: 1,
    fieldSize: 4 * 5000,
    fieldNameSize: 100,
    headerPairs: 20,
  },
}
const upload = multer(uploadOptions)

const TYPE_LIST = ATTACHMENT_TYPES.map((type) => type.label).join(", ")

type Texts = { vi: string; en: string }

const MULTER_PROBLEMS: Record<string, Texts> = {
  LIMIT_FILE_SIZE: { vi: `Mỗi tệp đính kèm tối đa ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`, en: `An attachment can be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB` },
  LIMIT_FILE_COUNT: { vi: `Mỗi tin nhắn đính kèm tối đa ${MAX_ATTACHMENTS} tệp`, en: `At most ${MAX_ATTACHMENTS} files can be attached to one message` },
  LIMIT_UNEXPECTED_FILE: { vi: `Hãy gửi tệp trong trường "${ATTACHMENT_FIELD}" của biểu mẫu`, en: `Send attachments in the multipart field "${ATTACHMENT_FIELD}"` },
  LIMIT_FIELD_COUNT: { vi: 'Ngoài tệp, biểu mẫu chỉ có thể có trường "body"', en: 'Besides the files, the form may only have the field "body"' },
  LIMIT_FIELD_VALUE: { vi: "Nội dung tin nhắn tối đa 5000 ký tự", en: "body can be at most 5000 characters" },
  LIMIT_FIELD_KEY: { vi: "Tên trường trong biểu mẫu quá dài", en: "A form field name is too long" },
  LIMIT_PART_COUNT: { vi: "Biểu mẫu có quá nhiều phần", en: "The form has too many parts" },
}
const MALFORMED_FORM: Texts = {
  vi: "Không đọc được biểu mẫu tải tệp (multipart/form-data)",
  en: "The upload could not be read as multipart/form-data",
}
/** busboy's own errors, by message: each one is something the client sent wrong. */
const BUSBOY_PROBLEMS: [RegExp, Texts][] = [
  [/boundary not found/i, { vi: "Tiêu đề Content-Type của biểu mẫu thiếu boundary", en: "The multipart Content-Type header has no boundary" }],
  [/unexpected end of (form|file)/i, { vi: "Biểu mẫu tải tệp bị cắt ngang, chưa gửi hết", en: "The multipart body ends before its closing boundary (truncated upload)" }],
  [/malformed part header/i, { vi: "Một phần của biểu mẫu có tiêu đề sai định dạng", en: "A part of the multipart body has a malformed header" }],
  [/request (aborted|closed)/i, { vi: "Yêu cầu tải tệp bị ngắt giữa chừng", en: "The upload was interrupted before it was complete" }],
]

const NAME_PROBLEMS: Record<AttachmentNameProblem, (name: string) => Texts> = {
  empty: () => ({ vi: "Tệp đính kèm cần có tên", en: "An attachment needs a file name" }),
  unsafe_characters: () => ({
    vi: "Tên tệp có ký tự điều khiển hoặc ký tự đảo chiều văn bản (như U+202E); hãy đổi tên tệp rồi gửi lại",
    en: "A file name contains control or text-direction characters (such as U+202E); rename the file and send it again",
  }),
  too_long: (name) => ({
    vi: `Tên tệp tối đa ${MAX_ATTACHMENT_NAME_LENGTH} ký tự (tên này có ${[...name].length}); hãy đặt tên ngắn hơn`,
    en: `A file name can be at most ${MAX_ATTACHMENT_NAME_LENGTH} characters (this one has ${[...name].length}); use a shorter name`,
  }),
}

const invalid = (language: ShopLanguage, texts: Texts) => new MedusaError(MedusaError.Types.INVALID_DATA, localized(language, texts))

function uploadProblem(error: unknown, language: ShopLanguage): MedusaError {
  if (error instanceof multer.MulterError) return invalid(language, MULTER_PROBLEMS[error.code] ?? MALFORMED_FORM)
  const message = error instanceof Error ? error.message : String(error)
  return invalid(language, BUSBOY_PROBLEMS.find(([pattern]) => pattern.test(message))?.[1] ?? MALFORMED_FORM)
}

/** The files of a parsed upload, each checked by its bytes and named by the server. */
function checkedUploads(files: Express.Multer.File[], language: ShopLanguage): AttachmentUpload[] {
  if (!files.length) {
    throw invalid(language, { vi: `Hãy đính kèm ít nhất một tệp trong trường "${ATTACHMENT_FIELD}"`, en: `Attach at least one file in the multipart field "${ATTACHMENT_FIELD}"` })
  }
  return files.map((file) => {
    const read = readAttachmentName(file.originalname)
    if ("problem" in read) throw invalid(language, NAME_PROBLEMS[read.problem](file.originalname))
    const type = detectAttachmentType(file.buffer)
    if (!type) {
      throw invalid(language, {
        vi: `Không nhận tệp "${read.name}": chỉ nhận ${TYPE_LIST} và nội dung tệp không thuộc loại nào trong số đó`,
        en: `${read.name} cannot be attached: only ${TYPE_LIST} files are accepted, and its content is none of them`,
      })
    }
    return {
      id: generateEntityId(undefined, "att"),
      name: read.name,
      mime_type: type.mime_type,
      size: file.size,
      // Unguessable and free of anything the customer chose; the display name stays metadata.
      stored_name: `${randomBytes(16).toString("hex")}.${type.extension}`,
      content_base64: file.buffer.toString("base64"),
    }
  })
}

export type AttachmentRequest = MedusaRequest & { attachmentUploads: AttachmentUpload[] }

/**
 * Reads up to five files from the multipart field "files" into memory and checks them:
 * every malformed or refused upload is a 400 that says what is wrong, before anything is
 * stored. The checked files are left on `req.attachmentUploads`.
 */
export function readAttachments(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const language = languageOf(req)
  if (!/^multipart\/form-data\b/i.test(req.headers["content-type"] ?? "")) {
    return next(invalid(language, { vi: `Hãy gửi tệp dạng multipart/form-data trong trường "${ATTACHMENT_FIELD}"`, en: `Send the files as multipart/form-data in the field "${ATTACHMENT_FIELD}"` }))
  }
  // multer is typed against Express's own request and response, which Medusa's extend.
  upload.array(ATTACHMENT_FIELD, MAX_ATTACHMENTS)(req as any, res as any, (error: unknown) => {
    if (error) return next(error instanceof MedusaError ? error : uploadProblem(error, language))
    try {
      ;(req as AttachmentRequest).attachmentUploads = checkedUploads((req.files ?? []) as Express.Multer.File[], language)
      next()
    } catch (problem) {
      next(problem)
    }
  })
}
