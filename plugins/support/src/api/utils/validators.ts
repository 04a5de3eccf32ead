import { z } from "@medusajs/framework/zod"

const body = z.string({ error: "body is required" }).trim().min(1, "body cannot be empty").max(5000, "body can be at most 5000 characters")

export const StoreCreateConversation = z
  .object({
    kind: z.enum(["ticket", "chat"]).default("ticket"),
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

export const AdminUpdateConversation = z
  .object({
    assignee_id: z.string().nullable().optional(),
    status: z.enum(["open", "pending", "resolved", "closed"]).optional(),
    priority: z.enum(["low", "normal", "high", "urgent"]).optional(),
  })
  .strict()

export const AdminListConversations = z
  .object({
    status: z.union([z.string(), z.array(z.string())]).optional(),
    assignee_id: z.string().optional(),
    unassigned: z.coerce.boolean().optional(),
    waiting: z.coerce.boolean().optional(),
    customer_id: z.string().optional(),
    order_id: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
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
