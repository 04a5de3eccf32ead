import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
export const MAX_ATTACHMENTS = 5
/** Photos of a device and PDF invoices: what support needs, nothing that runs. */
export const ATTACHMENT_TYPES: Record<string, string> = {
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
  "application/pdf": "PDF",
}

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_ATTACHMENTS },
  fileFilter: (_req, file, accept) => {
    if (ATTACHMENT_TYPES[file.mimetype]) return accept(null, true)
    accept(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${file.originalname} cannot be attached: only ${Object.values(ATTACHMENT_TYPES).join(", ")} files are accepted (got ${file.mimetype})`
      )
    )
  },
})

const LIMIT_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `An attachment can be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`,
  LIMIT_FILE_COUNT: `At most ${MAX_ATTACHMENTS} files can be attached to one message`,
  LIMIT_UNEXPECTED_FILE: 'Send attachments in the multipart field "files"',
}

/** Reads up to five checked files from the multipart field "files"; anything else is a clear 400. */
export function readAttachments(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload.array("files", MAX_ATTACHMENTS)(req as any, res as any, (error: unknown) => {
    if (!error) return next()
    if (error instanceof multer.MulterError) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, LIMIT_MESSAGES[error.code] ?? error.message))
    }
    next(error)
  })
}
