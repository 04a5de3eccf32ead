import { z } from "@medusajs/framework/zod"
import {
  CONVERSATION_KINDS,
  describeChoices,
  PRIORITY_LABELS,
  STATUS_LABELS,
  type ConversationPriority,
  type ConversationStatus,
} from "../../modules/support/status"

const body = z.string({ error: "body is required" }).trim().min(1, "body cannot be empty").max(5000, "body can be at most 5000 characters")

export const StoreCreateConversation = z
  .object({
    kind: z.enum(CONVERSATION_KINDS).default("ticket"),
    subject: z.string().trim().min(3, "subject must have at least 3 characters").max(200),
    body,
    order_id: z.string().optional(),
  })
  .strict()

export const PostMessage = z.object({ body }).strict()
/** The text fields of an attachment upload (multipart): an optional caption. */
export const PostAttachments = z
  .object({
    body: z
      .string()
      .trim()
      .max(5000, "body can be at most 5000 characters")
      .refine((text) => !text.includes("\u0000"), "body cannot contain NUL characters")
      .optional(),
  })
  .strict()
export const AdminPostMessage = z.object({ body, is_internal: z.boolean().default(false) }).strict()

/**
 * One of `labels`' codes. A refinement rather than z.enum: Medusa rewrites enum errors in
 * English without the Vietnamese names staff know the codes by, and keeps a custom message.
 */
const choice = <T extends string>(name: string, labels: Record<T, string>) =>
  z.custom<T>((value) => typeof value === "string" && Object.prototype.hasOwnProperty.call(labels, value), {
    message: `${name} phải là một trong (must be one of): ${describeChoices(labels)}`,
  })
const status = choice<ConversationStatus>("status", STATUS_LABELS)
const priority = choice<ConversationPriority>("priority", PRIORITY_LABELS)

export const AdminUpdateConversation = z
  .object({
    assignee_id: z.string().min(1).nullable().optional(),
    status: status.optional(),
    priority: priority.optional(),
  })
  .strict()

/** A query-string flag: "true" or "false" only, so `?waiting=false` means false. */
const flag = (name: string) =>
  z
    .custom<"true" | "false">((value) => value === "true" || value === "false", { message: `${name} must be true or false` })
    .transform((value) => value === "true")

/** Search words: what staff type, never a pattern; control characters cannot come from a keyboard. */
const searchText = z
  .string()
  .trim()
  .min(2)
  .max(100)
  .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), "q cannot contain control characters")

export const AdminListConversations = z
  .object({
    q: searchText.optional(),
    // One status or several (?status=open&status=pending), always a list for the query.
    status: z.preprocess((value) => (typeof value === "string" ? [value] : value), z.array(status)).optional(),
    assignee_id: z.string().min(1).optional(),
    /** Only the conversations assigned to the caller ("Của tôi"). */
    mine: flag("mine").optional(),
    unassigned: flag("unassigned").optional(),
    waiting: flag("waiting").optional(),
    customer_id: z.string().optional(),
    order_id: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .refine((query) => !(query.mine && (query.assignee_id || query.unassigned)), {
    message: "mine cannot be combined with assignee_id or unassigned",
  })

// Medusa words length and missing-field errors itself ("Field 'title' is required").
const cannedTitle = z.string().trim().min(2).max(120)
const cannedBody = z.string().trim().min(1).max(5000)

export const AdminCreateCannedReply = z.object({ title: cannedTitle, body: cannedBody }).strict()
export const AdminUpdateCannedReply = z
  .object({ title: cannedTitle.optional(), body: cannedBody.optional() })
  .strict()
  .refine((update) => update.title !== undefined || update.body !== undefined, { message: "Send a title or a body to change" })
export const AdminListCannedReplies = z
  .object({
    q: searchText.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type Infer<T extends z.ZodType> = z.infer<T>

export const GuestCreateConversation = z
  .object({
    subject: z.string().trim().min(3, "subject must have at least 3 characters").max(200).default("Tư vấn trực tuyến"),
    body,
    name: z.string().trim().max(120).optional(),
    email: z.string().email("email must be an e-mail address").optional(),
  })
  .strict()

export const ClaimGuestConversations = z.object({ guest_token: z.string().min(1, "guest_token is required") }).strict()
