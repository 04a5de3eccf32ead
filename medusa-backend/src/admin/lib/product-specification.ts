import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import {
  CONNECTIVITY_LIMITS,
  CROSS_FIELD_MESSAGES,
  crossFieldProblems,
  numberProblem,
  SPECIFICATION_NUMBER_FIELDS,
  type SpecificationFigures,
  type SpecificationNumberField,
} from "../../modules/product-specification/fields"
import { sdk } from "./client"

export type ProductSpecification = Record<SpecificationNumberField["key"], number | null> & {
  id: string
  product_id: string
  connectivity: string[]
}

type SpecificationResponse = { product_specification: ProductSpecification | null }

const queryKey = (productId: string) => ["product-specification", productId]

export function useProductSpecification(productId: string) {
  return useQuery({
    queryKey: queryKey(productId),
    queryFn: () => sdk.client.fetch<SpecificationResponse>(`/admin/products/${productId}/specification`),
  })
}

export function useSaveProductSpecification(productId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<SpecificationResponse>(`/admin/products/${productId}/specification`, { method: "POST", body }),
    onSuccess: (data) => client.setQueryData(queryKey(productId), data),
  })
}

/** The form holds what staff typed; numbers are parsed only on save. */
export type SpecificationForm = Record<SpecificationNumberField["key"], string> & { connectivity: string }

export function formOf(specification: ProductSpecification | null): SpecificationForm {
  const figures = Object.fromEntries(
    SPECIFICATION_NUMBER_FIELDS.map((field) => [field.key, specification?.[field.key]?.toString() ?? ""])
  ) as Record<SpecificationNumberField["key"], string>
  return { ...figures, connectivity: specification?.connectivity.join(", ") ?? "" }
}

export type FormErrors = Partial<Record<keyof SpecificationForm | "form", string>>

/**
 * Checks the form with the limits the server applies and builds the request body: an empty
 * figure is sent as null (cleared), the warranty is required on the first save only.
 */
export function bodyOf(form: SpecificationForm, isNew: boolean): { body?: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {}
  const figures: SpecificationFigures = {}
  for (const field of SPECIFICATION_NUMBER_FIELDS) {
    const text = form[field.key].trim()
    if (!text) {
      if (field.key === "warranty_months" && isNew) errors.warranty_months = CROSS_FIELD_MESSAGES.warrantyRequired
      if (field.key !== "warranty_months") figures[field.key] = null
      continue
    }
    // Vietnamese writes the decimal comma: "9,5" kg.
    const value = Number(text.replace(",", "."))
    const problem = numberProblem(field, value)
    if (problem) errors[field.key] = problem
    else figures[field.key] = value
  }
  const connectivity = form.connectivity
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)
  if (connectivity.length > CONNECTIVITY_LIMITS.maxItems || connectivity.some((item) => item.length > CONNECTIVITY_LIMITS.maxLength)) {
    errors.connectivity = `Tối đa ${CONNECTIVITY_LIMITS.maxItems} mục, mỗi mục tối đa ${CONNECTIVITY_LIMITS.maxLength} ký tự.`
  }
  const crossProblems = crossFieldProblems(figures)
  if (crossProblems.length) errors.form = crossProblems.join(" ")
  if (Object.keys(errors).length) return { errors }
  return { body: { ...figures, connectivity }, errors }
}

const vietnameseNumber = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 })

/** "2.345 W", "20–20.000 Hz", "—" for a figure not given. */
export function displayOf(specification: ProductSpecification, field: SpecificationNumberField): string {
  const value = specification[field.key]
  return value === null ? "—" : `${vietnameseNumber.format(value)} ${field.unit}`
}
