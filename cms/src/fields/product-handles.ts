import type { Field, TextFieldManyValidation } from "payload"
import { findUnknownProductHandles } from "../lib/medusa-products"

/** Medusa product handles typed by editors, each checked against the shop when saved. */
const validateProductHandles: TextFieldManyValidation = async (value) => {
  const handles = [...new Set((value ?? []).map((handle) => handle.trim()).filter(Boolean))]
  if (!handles.length) return true
  try {
    const unknown = await findUnknownProductHandles(handles)
    return unknown.length
      ? `Không có sản phẩm với handle: ${unknown.join(", ")} (No product with handle ${unknown.join(", ")} in the shop)`
      : true
  } catch (error) {
    return `Không kiểm tra được sản phẩm với Medusa: ${(error as Error).message}`
  }
}

export const productHandlesField = (name: string, label: string): Field => ({
  name,
  label,
  type: "text",
  hasMany: true,
  validate: validateProductHandles,
  admin: { description: "Handle sản phẩm trong Medusa, ví dụ jbl-pasion-10." },
})
