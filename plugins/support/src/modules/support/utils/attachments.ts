/**
 * What a customer may attach to a support message, decided from the file's bytes, never from
 * the name or the declared Content-Type (both are the sender's words). Pure functions: the
 * rule is testable without a server.
 */

export type AttachmentType = { mime_type: string; extension: string; label: string }

/** Photos of a device and PDF invoices: what support needs, nothing that runs in a browser. */
export const ATTACHMENT_TYPES: readonly AttachmentType[] = [
  { mime_type: "image/jpeg", extension: "jpg", label: "JPEG" },
  { mime_type: "image/png", extension: "png", label: "PNG" },
  { mime_type: "image/webp", extension: "webp", label: "WebP" },
  { mime_type: "application/pdf", extension: "pdf", label: "PDF" },
]

const typeOf = (mimeType: string) => ATTACHMENT_TYPES.find((type) => type.mime_type === mimeType)!

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte)
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

/**
 * The allowed type whose magic number opens `bytes`, or undefined. HTML, SVG, executables and
 * everything else have none of these signatures, whatever they are called.
 */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return typeOf("image/jpeg")
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return typeOf("image/png")
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return typeOf("image/webp")
  // PDF readers tolerate junk before the header; we do not, so a polyglot cannot pass as PDF.
  if (startsWith(bytes, ascii("%PDF-"))) return typeOf("application/pdf")
  return undefined
}

export const MAX_ATTACHMENT_NAME_LENGTH = 200

/**
 * Control characters (NUL included) and the bidirectional controls that make
 * "invoice\u202Egnp.exe" display as "invoiceexe.png". Such a name is refused rather than
 * cleaned: a silently changed name is not the one the customer sent, and no camera or
 * scanner produces one.
 */
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u

export type AttachmentNameProblem = "empty" | "unsafe_characters" | "too_long"

/** The name as it will be shown (Unicode NFC, trimmed) or the reason it cannot be used. */
export function readAttachmentName(raw: string): { name: string } | { problem: AttachmentNameProblem } {
  const name = raw.normalize("NFC").trim()
  if (!name) return { problem: "empty" }
  if (UNSAFE_NAME_CHARACTERS.test(name)) return { problem: "unsafe_characters" }
  if ([...name].length > MAX_ATTACHMENT_NAME_LENGTH) return { problem: "too_long" }
  return { name }
}

/** An attachment as a message stores it: `file_id` is the file module's key and never leaves the server. */
export type StoredAttachment = { id: string; name: string; mime_type: string; size: number; file_id: string }
export type PublicAttachment = Omit<StoredAttachment, "file_id">

/** What clients may see of stored attachments. */
export function publicAttachments(attachments: unknown): PublicAttachment[] | null {
  if (!Array.isArray(attachments)) return null
  return attachments.map(({ id, name, mime_type, size }: StoredAttachment) => ({ id, name, mime_type, size }))
}

/**
 * The name a download is saved under: the display name, with the detected type's extension
 * when the name claims another (a PNG called "invoice.html" must not be saved as HTML).
 */
export function downloadName(attachment: Pick<StoredAttachment, "name" | "mime_type">): string {
  const type = ATTACHMENT_TYPES.find((candidate) => candidate.mime_type === attachment.mime_type)
  if (!type) return attachment.name
  const extension = attachment.name.match(/\.([^.]+)$/)?.[1]?.toLowerCase()
  const matches = extension === type.extension || (type.extension === "jpg" && extension === "jpeg")
  return matches ? attachment.name : `${attachment.name}.${type.extension}`
}
