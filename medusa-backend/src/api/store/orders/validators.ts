import { z } from "@medusajs/framework/zod"

/** What a guest types: "1024", "#1024" or 1024. */
const orderNumber = z.preprocess(
  (value) => (typeof value === "number" || typeof value === "string" ? String(value).trim().replace(/^#/, "") : value),
  z
    .string({ error: "Hãy nhập mã đơn hàng, ví dụ 1024 (order_number is required, e.g. 1024)" })
    .regex(/^[1-9]\d{0,8}$/, "Mã đơn hàng phải là một số, ví dụ 1024 (order_number must be a number such as 1024)")
    .transform(Number)
)

export const StoreLookupOrder = z
  .object({
    order_number: orderNumber,
    email: z.string().trim().max(254).pipe(z.email("E-mail không hợp lệ (email is not a valid address)")).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[\d\s().-]{8,20}$/, "Số điện thoại không hợp lệ (phone is not a valid phone number)")
      .optional(),
  })
  .strict()
  .refine((lookup) => Boolean(lookup.email || lookup.phone), {
    message: "Hãy nhập e-mail hoặc số điện thoại đã dùng khi đặt hàng (give the email or phone the order was placed with)",
  })

export type StoreLookupOrderType = z.infer<typeof StoreLookupOrder>
