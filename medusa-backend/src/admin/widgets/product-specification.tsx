import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Drawer, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { CONNECTIVITY_LIMITS, SPECIFICATION_NUMBER_FIELDS } from "../../modules/product-specification/fields"
import {
  bodyOf,
  displayOf,
  formOf,
  useProductSpecification,
  useSaveProductSpecification,
  type FormErrors,
  type ProductSpecification,
  type SpecificationForm,
} from "../lib/product-specification"

const FieldError = ({ message }: { message?: string }) =>
  message ? (
    <Text size="small" className="text-ui-fg-error" role="alert">
      {message}
    </Text>
  ) : null

const SpecificationEditor = ({
  productId,
  specification,
  onClose,
}: {
  productId: string
  specification: ProductSpecification | null
  onClose: () => void
}) => {
  const [form, setForm] = useState<SpecificationForm>(() => formOf(specification))
  const [errors, setErrors] = useState<FormErrors>({})
  const save = useSaveProductSpecification(productId)

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const { body, errors: found } = bodyOf(form, !specification)
    setErrors(found)
    if (!body) return
    save.mutate(body, {
      onSuccess: () => {
        toast.success("Đã lưu thông số kỹ thuật")
        onClose()
      },
      // The server checks the same limits; its message is already in Vietnamese.
      onError: (error) => setErrors({ form: error.message }),
    })
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden" noValidate>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {SPECIFICATION_NUMBER_FIELDS.map((field) => (
          <div key={field.key} className="flex flex-col gap-y-1">
            <Label htmlFor={`spec-${field.key}`} size="small" weight="plus">
              {field.label} ({field.unit})
            </Label>
            <Input
              id={`spec-${field.key}`}
              inputMode="decimal"
              value={form[field.key]}
              placeholder={`${field.min}–${field.max}`}
              aria-invalid={Boolean(errors[field.key])}
              onChange={(event) => setForm({ ...form, [field.key]: event.target.value })}
            />
            <FieldError message={errors[field.key]} />
          </div>
        ))}
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="spec-connectivity" size="small" weight="plus">
            {CONNECTIVITY_LIMITS.label}
          </Label>
          <Input
            id="spec-connectivity"
            value={form.connectivity}
            placeholder="Bluetooth, Optical, XLR"
            aria-invalid={Boolean(errors.connectivity)}
            onChange={(event) => setForm({ ...form, connectivity: event.target.value })}
          />
          <Text size="xsmall" className="text-ui-fg-subtle">
            Ngăn cách bằng dấu phẩy.
          </Text>
          <FieldError message={errors.connectivity} />
        </div>
        <FieldError message={errors.form} />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button variant="secondary" size="small" type="button">
            Huỷ
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={save.isPending}>
          Lưu
        </Button>
      </Drawer.Footer>
    </form>
  )
}

/** The typed figures buyers filter by (W, Ω, Hz, dB, kg, warranty), shown and edited on the product page. */
const ProductSpecificationWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const { data, isLoading, error } = useProductSpecification(product.id)
  const [editing, setEditing] = useState(false)
  const specification = data?.product_specification ?? null

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Thông số kỹ thuật</Heading>
        <Drawer open={editing} onOpenChange={setEditing}>
          <Drawer.Trigger asChild>
            <Button variant="secondary" size="small" disabled={isLoading || Boolean(error)}>
              {specification ? "Sửa" : "Thêm thông số"}
            </Button>
          </Drawer.Trigger>
          <Drawer.Content>
            <Drawer.Header>
              <Drawer.Title>Thông số kỹ thuật</Drawer.Title>
            </Drawer.Header>
            {editing && (
              <SpecificationEditor productId={product.id} specification={specification} onClose={() => setEditing(false)} />
            )}
          </Drawer.Content>
        </Drawer>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Không tải được thông số: {error.message}
        </Text>
      ) : !specification ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {isLoading ? "Đang tải…" : "Sản phẩm chưa có thông số kỹ thuật."}
        </Text>
      ) : (
        <dl className="divide-y">
          {SPECIFICATION_NUMBER_FIELDS.map((field) => (
            <div key={field.key} className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-3">
              <Text size="small" weight="plus" leading="compact" asChild>
                <dt>{field.label}</dt>
              </Text>
              <Text size="small" leading="compact" asChild data-spec={field.key}>
                <dd>{displayOf(specification, field)}</dd>
              </Text>
            </div>
          ))}
          <div className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-3">
            <Text size="small" weight="plus" leading="compact" asChild>
              <dt>{CONNECTIVITY_LIMITS.label}</dt>
            </Text>
            <Text size="small" leading="compact" asChild>
              <dd>{specification.connectivity.join(", ") || "—"}</dd>
            </Text>
          </div>
        </dl>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductSpecificationWidget
